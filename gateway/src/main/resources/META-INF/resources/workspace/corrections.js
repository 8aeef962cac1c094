// Analysts' corrections: the form on a claim and on an event, the claim's corrections beside its reading, the audit trail.
import { getJson, itemsOf, query } from './api.js';
import { el, fmt } from './table.js';

const QUALIFIERS = ['EXACT', 'AT_LEAST', 'MORE_THAN', 'ABOUT', 'NEARLY', 'UP_TO', 'LESS_THAN', 'RANGE', 'VAGUE'];
const OUTCOMES = ['KILLED', 'INJURED', 'CAPTURED', 'EXECUTED', 'MISSING', 'DISPLACED', 'SURRENDERED'];
const SCOPES = ['INCIDENT', 'CUMULATIVE'];
const REJECTIONS = [['NOT_A_CASUALTY_FIGURE', 'not a casualty figure'], ['SAME_INCIDENT', 'same incident as claim…']];
const NUMBERS = ['value', 'upper'];

const when = (iso) => (iso ? String(iso).replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC') : '');
const post = (path, body) => getJson(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

function field(label, input) {
  return el('label', {}, el('span', { text: label }), input);
}

function choice(name, values, blank) {
  return el('select', { name }, el('option', { value: '', text: blank }),
    values.map((v) => (Array.isArray(v) ? el('option', { value: v[0], text: v[1] }) : el('option', { value: v, text: v }))));
}

/** A message in the form's status: what the API said when it refused (its problem's detail), or what was stored. */
function say(node, text, isError) {
  node.textContent = text;
  node.classList.toggle('error', Boolean(isError));
  node.setAttribute('role', isError ? 'alert' : 'status');
}

function refused(e) {
  if (e.status === 403) return 'This key may not correct the ledger (an analyst key is needed).';
  return 'Not stored: ' + e.message;
}

/** Sends the form's filled fields; an empty reason is refused here, before anything is sent. */
function wire(form, path, body, done) {
  const status = form.querySelector('.status');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const reason = form.elements.reason.value.trim();
    if (!reason) {
      say(status, 'A reason is required: say why the reading is wrong.', true);
      status.dataset.status = '';
      form.elements.reason.focus();
      return;
    }
    say(status, 'Storing…', false);
    try {
      const made = await post(path, Object.assign({ reason }, body(form)));
      const n = Array.isArray(made) ? made.length : 1;
      say(status, 'Stored ' + n + ' correction' + (n === 1 ? '' : 's') + '.', false);
      form.dataset.stored = String(Date.now());
      done();
    } catch (err) {
      say(status, refused(err), true);
      status.dataset.status = String(err.status || '');
    }
  });
}

/** The form that corrects a claim: new values for some fields, or a rejection; a reason always. */
export function claimForm(claim, done) {
  const form = el('form', { class: 'correction-form', 'data-kind': 'claim', novalidate: true },
    el('p', { class: 'hint', text: 'Fill only what is wrong; empty fields keep the reading. Or reject the claim.' }),
    el('div', { class: 'grid' },
      field('Value', el('input', { name: 'value', type: 'number', min: 0, step: 1, inputmode: 'numeric' })),
      field('Upper (range)', el('input', { name: 'upper', type: 'number', min: 0, step: 1 })),
      field('Qualifier', choice('qualifier', QUALIFIERS, 'keep')),
      field('Outcome', choice('outcome', OUTCOMES, 'keep')),
      field('Group', el('input', { name: 'group', placeholder: claim.group || '' })),
      field('Subgroup', el('input', { name: 'subgroup', placeholder: claim.subgroup || '' })),
      field('Scope', choice('scope', SCOPES, 'keep')),
      field('Period start', el('input', { name: 'periodStart', type: 'date' })),
      field('Period end', el('input', { name: 'periodEnd', type: 'date' })),
      field('Parent claim', el('input', { name: 'parentId', placeholder: claim.parentId || 'c-…' })),
      field('Place', el('input', { name: 'place', placeholder: (claim.location || {}).name || '' })),
      field('Province', el('input', { name: 'province', placeholder: (claim.location || {}).province || '' })),
      field('Reject as', choice('reject', REJECTIONS, 'do not reject')),
      field('Same incident as', el('input', { name: 'sameAs', placeholder: 'c-…' }))),
    field('Reason (required)', el('textarea', { name: 'reason', rows: 2, required: true, 'aria-required': 'true' })),
    el('div', { class: 'actions' }, el('button', { type: 'submit', text: 'Store correction' }), el('span', { class: 'status', role: 'status' })));
  wire(form, '/claims/' + encodeURIComponent(claim.id) + '/corrections', (f) => {
    const body = {};
    [...f.elements].forEach((input) => {
      if (!input.name || input.name === 'reason' || input.value.trim() === '') return;
      body[input.name] = NUMBERS.includes(input.name) ? Number(input.value) : input.value.trim();
    });
    return body;
  }, done);
  return collapsible('Correct this claim', form);
}

/** The form that corrects an event: split one of its claims off, or join another event into it. */
export function eventForm(event, claims, done) {
  const nearby = el('datalist', { id: 'join-candidates' });
  const form = el('form', { class: 'correction-form', 'data-kind': 'event', novalidate: true },
    el('div', { class: 'grid' },
      field('Split off claim', el('select', { name: 'split' }, el('option', { value: '', text: 'none' }),
        claims.map((c) => el('option', { value: c.id, text: fmt((c.count || {}).best) + ' ' + c.outcome + ' · ' + c.source + ' · ' + c.id })))),
      field('Join event', el('input', { name: 'join', placeholder: 'e-…', list: nearby.id, 'aria-describedby': 'join-hint' }))),
    el('p', { id: 'join-hint', class: 'hint', text: 'Events of ' + (event.province || event.place || 'the same place')
      + ' within ' + JOIN_DAYS + ' days are suggested as you type.' }), nearby,
    field('Reason (required)', el('textarea', { name: 'reason', rows: 2, required: true, 'aria-required': 'true' })),
    el('div', { class: 'actions' }, el('button', { type: 'submit', text: 'Store correction' }), el('span', { class: 'status', role: 'status' })));
  wire(form, '/events/' + encodeURIComponent(event.id) + '/corrections', (f) => {
    const body = {};
    ['split', 'join'].forEach((k) => { if (f.elements[k].value.trim()) body[k] = f.elements[k].value.trim(); });
    return body;
  }, done);
  const details = collapsible('Correct this event', form);
  details.addEventListener('toggle', () => { if (details.open && !nearby.dataset.loaded) suggestJoins(event, nearby); });
  return details;
}

/** How many days before and after an event the events suggested for joining it may lie. */
const JOIN_DAYS = 7;
const shift = (iso, days) => new Date(Date.parse(iso + 'T00:00:00Z') + days * 86400000).toISOString().slice(0, 10);

/** The events an analyst may mean to join: the same province (or place), within JOIN_DAYS of the event's dates. */
async function suggestJoins(event, list) {
  list.dataset.loaded = 'asked';
  const params = query({ location: event.province || event.place, from: shift(event.firstDate, -JOIN_DAYS),
    to: shift(event.lastDate || event.firstDate, JOIN_DAYS), size: 100 });
  const others = itemsOf(await getJson('/events' + params).catch(() => null)).filter((e) => e.id !== event.id);
  list.replaceChildren(...others.map((e) => el('option', { value: e.id,
    label: e.firstDate + ': ' + fmt(e.best) + ' ' + e.outcome + ' · ' + e.group + (e.place ? ' in ' + e.place : '') + ' · ' + (e.sources || []).join(', ') })));
  list.dataset.loaded = String(others.length);
}

function collapsible(title, form) {
  return el('details', { class: 'correct' }, el('summary', { text: title }), form);
}

function what(c) {
  if (c.kind === 'CHANGE') return Object.entries(c.changes || {}).map(([k, v]) => k + ' → ' + v).join(', ');
  if (c.kind === 'REJECTION') return 'rejected: ' + String(c.rejection || '').toLowerCase().replace(/_/g, ' ') + (c.sameAs ? ' ' + c.sameAs : '');
  if (c.kind === 'SPLIT') return 'split off event ' + (c.eventId || '');
  return 'joined to event ' + (c.eventId || '') + (c.sameAs ? ' under ' + c.sameAs : '');
}

const valueOf = (claim, name) => {
  const count = claim.count || {};
  const location = claim.location || {};
  const fields = { value: count.value, upper: count.upper, qualifier: count.qualifier, place: location.name || location.asWritten,
    province: location.province };
  return name in fields ? fields[name] : claim[name];
};

/**
 * The claim's corrections beside its reading: each corrected field with the reading as received and as corrected,
 * who corrected it and why; then the trail of every correction of the claim, newest first.
 */
export async function claimCorrections(claim) {
  const list = await getJson('/claims/' + encodeURIComponent(claim.id) + '/corrections').catch((e) => (e.status === 404 ? [] : Promise.reject(e)));
  const corrections = (Array.isArray(list) ? list : (list && list.items) || []).slice()
    .sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
  const section = el('section', { class: 'corrections', 'aria-label': 'Corrections of this claim', 'data-count': corrections.length });
  if (corrections.length === 0) {
    section.append(el('p', { class: 'note', text: 'No corrections of this claim.' }));
    return section;
  }
  // The reading as received is the report's own claim, as ingest-service read it.
  const original = itemsOf(await getJson('/reports/' + encodeURIComponent(claim.reportId) + '/claims').catch(() => []))
    .find((c) => c.id === claim.id) || null;
  const latest = new Map();
  corrections.filter((c) => c.state !== 'ORPHANED').slice().reverse().forEach((c) => {
    if (c.kind === 'CHANGE') Object.keys(c.changes || {}).forEach((k) => latest.set(k, c));
    else latest.set(c.kind === 'REJECTION' ? 'rejected' : 'event', c);
  });
  section.append(el('div', { class: 'side-by-side' },
    el('table', { class: 'compare' },
      el('caption', { text: 'Reading as received and as corrected' }),
      el('thead', {}, el('tr', {}, ['Field', 'As received', 'As corrected', 'By', 'Why'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, [...latest.entries()].map(([name, c]) => el('tr', { 'data-field': name },
        el('th', { scope: 'row', text: name }),
        el('td', { class: 'original', text: original ? String(valueOf(original, name) ?? '—') : '' }),
        el('td', { class: 'corrected', text: name in (c.changes || {}) ? String(c.changes[name]) : what(c) }),
        el('td', { text: c.author || '' }), el('td', { text: c.reason || '' }))))),
    el('div', { class: 'trail' }, el('h5', { text: 'Audit trail' }), trail(corrections, false))));
  return section;
}

/** Corrections newest first: when, who, what and why; naming the claim when the trail is an event's. */
function trail(corrections, naming) {
  return el('ol', { class: 'audit-trail' }, corrections.map((c) => el('li', { 'data-state': c.state },
    el('time', { datetime: c.createdAt, text: when(c.createdAt) }), ' ', el('strong', { text: c.author || '' }), ': ',
    naming ? 'claim ' + c.claimId + ' ' : '', what(c),
    el('br'), el('q', { text: c.reason || '' }), c.state === 'ORPHANED' ? el('span', { class: 'muted', text: ' (orphaned: the latest reading no longer has this claim)' }) : '')));
}

/** How many of each source's newest corrections are searched for an event's trail (the API's largest page). */
const TRAIL_SEARCH = 500;

/**
 * The event's audit trail, beside its form: the corrections of its claims and the splits and joins made on it,
 * newest first. A joined event's claims and a split-off claim leave the event's claim list, so the trail is found
 * among the newest corrections of the event's sources by event and claim.
 */
export async function eventTrail(event, claims) {
  const ids = new Set(claims.map((c) => c.id));
  const pages = await Promise.all((event.sources || []).map((source) =>
    getJson('/corrections?source=' + encodeURIComponent(source) + '&size=' + TRAIL_SEARCH).catch(() => null)));
  const found = pages.filter(Boolean).flatMap(itemsOf).filter((c) => c.eventId === event.id || ids.has(c.claimId))
    .sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
  const searchedAll = pages.every((p) => p && itemsOf(p).length < TRAIL_SEARCH);
  return el('div', { class: 'trail', 'data-count': found.length }, el('h5', { text: 'Audit trail' }),
    found.length ? trail(found, true) : el('p', { class: 'note', text: 'No corrections of this event or its claims.' }),
    searchedAll ? '' : el('p', { class: 'note', text: 'Searched among the newest ' + TRAIL_SEARCH + ' corrections of each of its sources.' }));
}

/** The audit trail of the whole ledger, a page at a time: corrections and report revisions, newest first. */
export async function auditPage(params) {
  return getJson('/audit' + params);
}

export const auditColumns = [
  { key: 'at', label: 'When', cell: (a) => when(a.at) }, { key: 'kind', label: 'Kind' }, { key: 'author', label: 'Who' },
  { key: 'source', label: 'Source' }, { key: 'subject', label: 'Subject' }, { key: 'what', label: 'What' }, { key: 'why', label: 'Why' },
  { key: 'state', label: 'State' },
];
