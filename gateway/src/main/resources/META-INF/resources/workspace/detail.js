// Drill-down: event → its claims, claim → its report, report → all its claims marked in its text.
import { getJson, itemsOf, report } from './api.js';
import { el, fmt } from './table.js';
import { claimCorrections, claimForm, eventForm, eventTrail } from './corrections.js';

const CONTEXT = 280;

export const range = (x) => (x.low === x.high ? fmt(x.best) : fmt(x.low) + '–' + fmt(x.high) + ' (best ' + fmt(x.best) + ')');
const countOf = (c) => c.count || {};
const placeOf = (c) => (c.location ? [c.location.name || c.location.asWritten, c.location.province].filter(Boolean).join(', ') : '');

function facts(pairs) {
  return el('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== '' && v !== null && v !== undefined)
    .map(([k, v]) => [el('dt', { text: k }), el('dd', {}, v)]));
}

/** The report text around a span, the span in a mark; the whole text when it is short. */
export function excerpt(text, start, end, outcome) {
  if (!text || start < 0 || end > text.length || start >= end) return el('p', { class: 'note', text: 'The report text is not available.' });
  const from = text.length <= CONTEXT * 3 ? 0 : Math.max(0, start - CONTEXT);
  const to = text.length <= CONTEXT * 3 ? text.length : Math.min(text.length, end + CONTEXT);
  return el('blockquote', { class: 'report-text' },
    from > 0 ? '…' : '', text.slice(from, start),
    el('mark', { class: 'span outcome-' + (outcome || 'OTHER'), 'data-start': start, 'data-end': end }, text.slice(start, end)),
    text.slice(end, to), to < text.length ? '…' : '');
}

function claimCard(c, reportBody, open) {
  const ev = c.evidence || {};
  const cnt = countOf(c);
  return el('article', { class: 'claim-card', 'data-claim': c.id },
    el('h4', {}, el('button', { type: 'button', class: 'link', onclick: () => open('claim:' + c.id) }, fmt(cnt.best ?? cnt.value) + ' ' + (c.outcome || '')
      + ' · ' + (c.group || '')), ' ', el('span', { class: 'muted', text: c.source + ', ' + (c.publishedAt || '') })),
    facts([
      ['Count', cnt.qualifier && cnt.qualifier !== 'EXACT' ? cnt.qualifier.toLowerCase().replace('_', ' ') + ' ' + fmt(cnt.value) : fmt(cnt.value)],
      ['Range', range({ low: cnt.low, best: cnt.best, high: cnt.high ?? cnt.best })],
      ['As written', c.groupAsWritten], ['Place', placeOf(c)], ['Scope', c.scope],
      ['Period', [c.periodStart, c.periodEnd].filter(Boolean).join(' – ')],
      ['Joined because', c.joinReason], ['Rule', c.rule],
      ['Report', el('button', { type: 'button', class: 'link', 'data-report': c.reportId, onclick: () => open('report:' + c.reportId) },
        (reportBody && reportBody.title) || c.reportId)],
      ['Event', c.eventId ? el('button', { type: 'button', class: 'link', 'data-event': c.eventId, onclick: () => open('event:' + c.eventId) }, c.eventId) : ''],
    ]),
    reportBody ? excerpt(reportBody.text, ev.start, ev.end, c.outcome) : el('blockquote', { class: 'sentence', text: ev.sentence || '' }));
}

async function withReports(claims) {
  return Promise.all(claims.map(async (c) => [c, await report(c.reportId).catch(() => null)]));
}

async function eventDetail(id, open, again) {
  const e = await getJson('/events/' + encodeURIComponent(id));
  // A claim an analyst joined into the event is listed with it, though filed as a repeat of its first claim.
  const claims = (e.claimList || []).map((c) => (c.eventId === e.id ? c : Object.assign({}, c, { joinReason: 'joined into this event by a correction' })));
  const own = claims.filter((c) => c.eventId === e.id);
  const [withTexts, history] = await Promise.all([withReports(claims), eventTrail(e, claims)]);
  const cards = withTexts.map(([c, r]) => claimCard(c, r, open));
  return [el('h3', {}, 'Event: ' + (e.best ?? '') + ' ' + e.outcome + ' · ' + e.group + (e.subgroup ? ' · ' + e.subgroup : ''),
    e.corrected ? el('span', { class: 'badge', text: 'corrected' }) : ''),
    facts([['Range', range(e)], ['Place', [e.place, e.province].filter(Boolean).join(', ')],
      ['Dates', e.firstDate === e.lastDate ? e.firstDate : e.firstDate + ' – ' + e.lastDate],
      ['Sources', (e.sources || []).join(', ')], ['Claims', fmt(e.claims)], ['Reports', fmt(e.reports)], ['Id', e.id]]),
    el('div', { class: 'side-by-side' }, eventForm(e, own, again), history), el('h4', { text: 'Its claims' }), ...cards];
}

async function claimDetail(id, open, again) {
  const c = await getJson('/claims/' + encodeURIComponent(id));
  const [r, corrections] = await Promise.all([report(c.reportId).catch(() => null), claimCorrections(c)]);
  return [el('h3', {}, 'Claim ' + c.id, c.corrected ? el('span', { class: 'badge', text: 'corrected' }) : ''),
    claimCard(c, r, open), el('h4', { text: 'Corrections' }), corrections, claimForm(c, again)];
}

/** Cuts the text at every span edge; each piece is marked by the innermost claim covering it. */
export function markedText(text, claims) {
  const spans = claims.filter((c) => c.evidence && c.evidence.end > c.evidence.start && c.evidence.end <= text.length);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((c) => [c.evidence.start, c.evidence.end])])].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((c) => c.evidence.start <= a && c.evidence.end >= b);
    if (covering.length === 0) {
      pieces.push(text.slice(a, b));
    } else {
      const inner = covering.reduce((x, y) => (y.evidence.end - y.evidence.start < x.evidence.end - x.evidence.start ? y : x));
      pieces.push(el('mark', { class: 'span outcome-' + (inner.outcome || 'OTHER'), 'data-claim': inner.id,
        title: covering.map((c) => fmt(countOf(c).best) + ' ' + c.outcome + ' · ' + c.group).join('; ') }, text.slice(a, b)));
    }
  }
  return el('blockquote', { class: 'report-text full' }, pieces);
}

function legend(claims) {
  const outcomes = [...new Set(claims.map((c) => c.outcome))].sort();
  return el('p', { class: 'legend' }, outcomes.map((o) => el('span', { class: 'key outcome-' + o, text: o })));
}

async function reportDetail(id, open) {
  const [r, claimsBody] = await Promise.all([report(id), getJson('/claims?reportId=' + encodeURIComponent(id) + '&size=500')]);
  const claims = itemsOf(claimsBody);
  return [el('h3', { text: r.title || 'Report ' + r.id }),
    facts([['Source', r.source], ['Published', r.publishedAt], ['Claims', fmt(claims.length)], ['URL', r.url], ['Id', r.id]]),
    legend(claims), markedText(r.text || '', claims),
    el('h4', { text: 'Its claims' }),
    el('ul', { class: 'claim-list' }, claims.map((c) => el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => open('claim:' + c.id) },
      fmt(countOf(c).best) + ' ' + c.outcome + ' · ' + c.group), ' ', el('span', { class: 'muted', text: '“' + (c.evidence ? c.evidence.sentence : '') + '”' }))))];
}

const KINDS = { event: eventDetail, claim: claimDetail, report: reportDetail };

/**
 * Renders "kind:id" into the panel; open(next) opens another item from a link inside it; changed() shows the view and
 * the panel again once a correction made in the panel is stored.
 */
export async function show(body, target, open, changed) {
  const at = target.indexOf(':');
  const kind = KINDS[target.slice(0, at)];
  if (!kind) throw new Error('cannot open ' + target);
  body.replaceChildren(el('p', { class: 'note', text: 'Loading…' }));
  body.replaceChildren(...await kind(target.slice(at + 1), open, changed));
}
