// The analyst's workspace: shared filters in the URL, five views, a detail panel for drill-down, exports.
import { ApiError, getJson, getText, itemsOf, key, query, setAsOf, setKey } from './api.js';
import { FILTERS, controlValue, filtersFor, instant, read, write } from './state.js';
import { el, fmt, nextSort, table } from './table.js';
import { rangeBar, smallMultiple, stackedByGroup } from './charts.js';
import { describe, drawMap } from './map.js';
import { range, show } from './detail.js';
import { auditColumns, auditPage } from './corrections.js';

const PAGE = 25;
const TALLY_PAGES = 10;
const MULTIPLES = 24;
const WEEK_EVENTS_PAGES = 4;
const MAP_PAGES = 4;
const EXPORT_PAGES = 20;
const $ = (s) => document.querySelector(s);
let state = read();
let firstReady = null;
let renders = 0;

function status(selector, text, isError) {
  const node = $(selector);
  node.textContent = text;
  node.classList.toggle('error', Boolean(isError));
}

/** A page of a table, in the order chosen (kept in the URL as the API takes it). */
const tablePage = (endpoint, extra) => get(endpoint, Object.assign({ page: state.page, size: PAGE, sort: state.sort }, extra));

/** Opening or closing a detail leaves the view as it is; anything else renders the view again. */
function change(update, push) {
  const onlyDetail = Object.keys(update).every((k) => k === 'open');
  if (update.view && update.view !== state.view) status('#export-status', '', false);
  state = Object.assign({}, state, update);
  write(state, push !== false);
  if (onlyDetail) renderDetail(); else render();
}

const sortBy = (field) => change({ sort: nextSort(state.sort, field), page: 0 });
const toPage = (p) => change({ page: p });
const open = (target) => change({ open: target });
const get = (endpoint, extra) => getJson('/' + endpoint + query(Object.assign({}, filtersFor(endpoint, state.filters).params, extra)));

function notes(endpoint) {
  const { ignored } = filtersFor(endpoint, state.filters);
  return ignored.length ? 'The ' + endpoint + ' do not filter by ' + ignored.join(', ') + '.' : '';
}

// ---- overview ----

async function loadTallies() {
  const body = await tablePage('tallies', { groupBy: 'group,outcome' });
  const rows = itemsOf(body).map((t) => Object.assign({}, t, { group: (t.key || {}).group || t.group, outcome: (t.key || {}).outcome || t.outcome }));
  const max = Math.max(1, ...rows.map((t) => t.high ?? t.best));
  table($('#tallies'), {
    columns: [
      { key: 'group', label: 'Group', sort: 'group' }, { key: 'outcome', label: 'Outcome', sort: 'outcome' },
      { key: 'best', label: 'Low · best · high', sort: 'best', cell: (t) => rangeBar(t, max) },
      { key: 'events', label: 'Events', num: true, sort: 'events', cell: (t) => fmt(t.events) },
      { key: 'claims', label: 'Claims', num: true, sort: 'claims', cell: (t) => fmt(t.claims) },
      { key: 'sources', label: 'Sources', num: true, sort: 'sources' }, { key: 'method', label: 'Method' },
      { key: 'discrepancies', label: 'Discrepancies',
        cell: (t) => (t.discrepancies || []).map((d) => d.source + ': series ' + fmt(d.seriesValue) + ' vs events ' + fmt(d.eventsBest)).join('; ') },
    ],
    rows, page: state.page, size: PAGE, total: body.total ?? rows.length, sort: state.sort, onSort: sortBy, onPage: toPage,
    onOpen: (t) => change({ filters: Object.assign({}, state.filters, { group: t.group, outcome: t.outcome }), page: 0 }),
    openLabel: (t) => 'Filter by ' + t.group + ' ' + t.outcome, empty: 'No tallies for these filters.',
  });
}

const monday = (iso) => {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
};

async function eventPages(pages, accept) {
  const all = [];
  let total = 0;
  for (let page = 0; page < pages; page++) {
    const params = query(Object.assign({}, filtersFor('events', state.filters).params, { page, size: 500 }));
    const body = accept ? JSON.parse(await getText('/events' + params, accept)) : await getJson('/events' + params);
    const items = accept ? body.features : itemsOf(body);
    all.push(...items);
    total = body.total ?? all.length;
    if ((page + 1) * 500 >= total) break;
  }
  return { items: all, total };
}

/**
 * Every cell of a tally the chart needs, page by page (500 a page): the first page says how many there are, the rest
 * are asked for together, up to TALLY_PAGES.
 */
async function tallyCells(groupBy, extra) {
  const ask = (page) => get('tallies', Object.assign({ groupBy, page, size: 500 }, extra));
  const first = await ask(0);
  const pages = Math.min(TALLY_PAGES, Math.ceil((first.total ?? 0) / 500));
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ask(i + 1)));
  const items = [first, ...rest].flatMap(itemsOf);
  return { items, total: first.total ?? items.length };
}

async function loadTimeChart() {
  let rows;
  let note = '';
  if (state.unit === 'week') {
    const { items, total } = await eventPages(WEEK_EVENTS_PAGES);
    rows = items.map((e) => ({ period: monday(e.firstDate), group: e.group, best: e.best }));
    note = items.length < total ? 'By week from the first ' + fmt(items.length) + ' of ' + fmt(total) + ' events; narrow the filters or choose by month for all.' : '';
  } else {
    // Events only (method=events): a tally answered from running totals would stack a source's total since the war
    // began onto one month, and the running totals and their disagreements are not drawn here.
    const { items, total } = await tallyCells('month,group', { method: 'events' });
    rows = items.map((t) => ({ period: (t.key || {}).month || t.month, group: (t.key || {}).group || t.group,
      best: t.fromEvents ? t.fromEvents.best : (t.method === 'series' ? 0 : t.best) }));
    note = items.length < total ? 'From the first ' + fmt(items.length) + ' of ' + fmt(total) + ' months and groups; narrow the filters for all.' : '';
  }
  $('#time-unit').value = state.unit;
  stackedByGroup($('#time-chart'), rows);
  status('#time-note', note, false);
}

async function loadMultiples() {
  const body = await get('series', { interval: 'day', size: MULTIPLES });
  const series = itemsOf(body);
  const host = $('#multiples');
  host.replaceChildren(...series.map((s) => smallMultiple(s, [s.source, s.group, s.outcome, s.subgroup].filter(Boolean).join(' · ')
    + (s.periodStart ? ' since ' + s.periodStart : ''))));
  if (series.length === 0) host.append(el('p', { class: 'empty', text: 'No running totals for these filters.' }));
  const total = body.total ?? series.length;
  if (total > series.length) host.append(el('p', { class: 'note', text: fmt(series.length) + ' of ' + fmt(total) + ' series; narrow the filters to see others.' }));
}

const overview = () => Promise.all([loadTallies(), loadTimeChart(), loadMultiples()]);

// ---- map ----

async function map() {
  const { items, total } = await eventPages(MAP_PAGES, 'application/geo+json');
  await drawMap($('#map'), items, state.filters.location, {
    openEvent: (id) => open('event:' + id),
    openCluster: (features) => showCluster(features),
    filterProvince: (name) => change({ filters: Object.assign({}, state.filters, { location: state.filters.location === name ? '' : name }), page: 0 }),
  });
  status('#map-note', fmt(items.length) + ' events with coordinates' + (items.length < total ? ' (the first ' + fmt(items.length) + ' of ' + fmt(total) + '; narrow the filters)' : '') + '.', false);
}

function showCluster(features) {
  const panel = $('#detail');
  panel.hidden = false;
  $('#detail-body').replaceChildren(el('h3', { text: features.length + ' events here' }),
    el('ul', { class: 'claim-list' }, features.sort((a, b) => b.properties.best - a.properties.best)
      .map((f) => el('li', {}, el('button', { type: 'button', class: 'link', 'data-id': f.id, onclick: () => open('event:' + f.id) }, describe(f.properties))))));
  panel.focus();
}

// ---- tables ----

async function events() {
  const body = await tablePage('events');
  const rows = itemsOf(body);
  const max = Math.max(1, ...rows.map((e) => e.high));
  table($('#events'), {
    columns: [
      { key: 'firstDate', label: 'Date', sort: 'firstDate', cell: (e) => (e.firstDate === e.lastDate ? e.firstDate : e.firstDate + ' – ' + e.lastDate) },
      { key: 'group', label: 'Group', sort: 'group', cell: (e) => [e.group, e.subgroup].filter(Boolean).join(' · ') },
      { key: 'outcome', label: 'Outcome', sort: 'outcome' },
      { key: 'place', label: 'Place', sort: 'place', cell: (e) => [e.place, e.province].filter(Boolean).join(', ') },
      { key: 'best', label: 'Low · best · high', sort: 'best', cell: (e) => rangeBar(e, max) },
      { key: 'claims', label: 'Claims', num: true, sort: 'claims' }, { key: 'sources', label: 'Sources', cell: (e) => (e.sources || []).join(', ') },
    ],
    rows, page: state.page, size: PAGE, total: body.total ?? rows.length, sort: state.sort, onSort: sortBy, onPage: toPage,
    onOpen: (e) => open('event:' + e.id), openLabel: (e) => 'Open event of ' + e.firstDate + ': ' + range(e) + ' ' + e.outcome, empty: 'No events for these filters.',
  });
}

async function claims() {
  const body = await tablePage('claims');
  const rows = itemsOf(body);
  table($('#claims'), {
    columns: [
      { key: 'publishedAt', label: 'Published', sort: 'publishedAt' }, { key: 'source', label: 'Source', sort: 'source' },
      { key: 'best', label: 'Best', num: true, sort: 'best', cell: (c) => fmt((c.count || {}).best) },
      { key: 'outcome', label: 'Outcome', sort: 'outcome' }, { key: 'group', label: 'Group', sort: 'group' },
      { key: 'place', label: 'Place', cell: (c) => (c.location ? c.location.name || c.location.asWritten : '') },
      { key: 'scope', label: 'Scope', sort: 'scope' },
      { key: 'sentence', label: 'Sentence', cell: (c) => el('span', { class: 'clip', text: (c.evidence || {}).sentence || '' }) },
    ],
    rows, page: state.page, size: PAGE, total: body.total ?? rows.length, sort: state.sort, onSort: sortBy, onPage: toPage,
    onOpen: (c) => open('claim:' + c.id), openLabel: (c) => 'Open claim ' + c.id, empty: 'No claims for these filters.',
  });
}

async function reports() {
  const body = await tablePage('reports');
  const rows = itemsOf(body);
  table($('#reports'), {
    columns: [
      { key: 'publishedAt', label: 'Published', sort: 'publishedAt' }, { key: 'source', label: 'Source', sort: 'source' },
      { key: 'title', label: 'Title', sort: 'title', cell: (r) => r.title || r.id }, { key: 'claimCount', label: 'Claims', num: true, sort: 'claimCount' },
    ],
    rows, page: state.page, size: PAGE, total: body.total ?? rows.length, sort: state.sort, onSort: sortBy, onPage: toPage,
    onOpen: (r) => open('report:' + r.id), openLabel: (r) => 'Open report ' + (r.title || r.id), empty: 'No reports for these filters.',
  });
}

async function audit() {
  const body = await auditPage(query(Object.assign({}, filtersFor('audit', state.filters).params, { page: state.page, size: PAGE })));
  const rows = itemsOf(body);
  table($('#audit'), {
    columns: auditColumns, rows, page: state.page, size: PAGE, total: body.total ?? rows.length, onPage: toPage, onOpen: (a) => (a.kind === 'correction' ? open('claim:' + a.subject) : open('report:' + a.subject)),
    openLabel: (a) => 'Open ' + a.subject, empty: 'No corrections or revisions for these filters.',
  });
}

const VIEWS = { overview, map, events, claims, reports, audit, submit: async () => {} };
const NOTE_OF = { overview: ['tallies', 'series'], map: ['events'], events: ['events'], claims: ['claims'], reports: ['reports'], audit: ['audit'], submit: [] };

// ---- detail ----

async function renderDetail() {
  setAsOf(state.asOf);
  const panel = $('#detail');
  if (!state.open) { panel.hidden = true; return; }
  panel.hidden = false;
  try {
    await show($('#detail-body'), state.open, open, render);
  } catch (e) {
    $('#detail-body').replaceChildren(el('p', { class: 'status error', text: e.status === 404 ? 'Not found: ' + state.open : e.message }));
  }
  panel.focus();
}

// ---- exports ----

const EXPORTS = {
  overview: { csv: '/tallies', extra: { groupBy: 'group,outcome' }, endpoint: 'tallies', what: 'tallies' },
  map: { csv: '/events', endpoint: 'events', what: 'events' },
  events: { csv: '/events', endpoint: 'events', what: 'events' },
  claims: { csv: '/claims', endpoint: 'claims', what: 'claims' },
};

function download(name, type, text) {
  const link = el('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(link);
  link.click();
  setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
}

/** Every page of the view (up to EXPORT_PAGES of 500), joined: CSV keeps the first header, GeoJSON the features. */
async function exportView(format) {
  const spec = format === 'geojson' ? { csv: '/events', endpoint: 'events', what: 'events' } : EXPORTS[state.view];
  if (!spec) { status('#export-status', 'This view has no CSV export; the reports are listed in the Reports view of the API.', true); return; }
  status('#export-status', 'Exporting…', false);
  try {
    const base = Object.assign({}, filtersFor(spec.endpoint, state.filters).params, spec.extra || {}, { size: 500 });
    const accept = format === 'geojson' ? 'application/geo+json' : 'text/csv';
    const parts = [];
    for (let page = 0; page < EXPORT_PAGES; page++) {
      const text = await getText(spec.csv + query(Object.assign({}, base, { page })), accept);
      parts.push(text);
      const rows = format === 'geojson' ? JSON.parse(text).features.length : text.trim().split('\n').length - 1;
      if (rows < 500) break;
    }
    let body;
    let rows;
    if (format === 'geojson') {
      const features = parts.flatMap((p) => JSON.parse(p).features);
      body = JSON.stringify({ type: 'FeatureCollection', features });
      rows = features.length;
    } else {
      const lines = parts.flatMap((p, i) => p.replace(/\r?\n$/, '').split(/\r?\n/).slice(i === 0 ? 0 : 1));
      body = lines.join('\n') + '\n';
      rows = lines.length - 1;
    }
    const name = 'casualty-ledger-' + spec.what + (format === 'geojson' ? '.geojson' : '.csv');
    download(name, accept, body);
    status('#export-status', 'Exported ' + fmt(rows) + ' ' + spec.what + ' as ' + name + '.', false);
    $('#export-status').dataset.rows = String(rows);
  } catch (e) {
    status('#export-status', 'Export failed: ' + e.message, true);
  }
}

// ---- sources, suggestions ----

/** A feed's state in one word, from what its last polls left: off, failing, ok or waiting for its first poll. */
function feedState(s) {
  if (s.enabled === false) return 'off';
  if ((s.consecutiveFailures || 0) > 0) return 'failing';
  return s.lastSuccessAt ? 'ok' : 'waiting';
}

let sourceSort = '';
const at = (iso) => (iso ? String(iso).slice(0, 16).replace('T', ' ') + ' UTC' : '—');

async function loadSources() {
  const host = $('#sources');
  try {
    const items = itemsOf(await getJson('/sources'));
    if (items.length === 0) {
      host.replaceChildren(el('p', { class: 'empty', text: 'No feeds followed: bulletins arrive only as they are submitted.' }));
      return;
    }
    table(host, {
      columns: [
        { key: 'name', sort: 'name', label: 'Feed', cell: (s) => el('span', {}, el('strong', { text: s.name }), el('br'), el('span', { class: 'muted clip', text: s.feedUrl || '' })) },
        { key: 'state', sort: 'state', label: 'State', value: feedState, cell: (s) => el('span', { class: 'state state-' + feedState(s), text: feedState(s) }) },
        { key: 'lastPollAt', sort: 'lastPollAt', label: 'Last poll', cell: (s) => at(s.lastPollAt) }, { key: 'lastSuccessAt', sort: 'lastSuccessAt', label: 'Last success', cell: (s) => at(s.lastSuccessAt) },
        { key: 'nextPollAt', sort: 'nextPollAt', label: 'Next poll', cell: (s) => (s.enabled === false ? '—' : at(s.nextPollAt)) },
        { key: 'reportsStored', sort: 'reportsStored', label: 'Reports', num: true, cell: (s) => fmt(s.reportsStored) },
        { key: 'lastError', sort: 'lastError', label: 'Last error', cell: (s) => ((s.consecutiveFailures || 0) > 0 ? (s.lastError || '') + ' (' + s.consecutiveFailures + ' in a row)' : '') },
      ],
      rows: items, page: 0, size: Math.max(1, items.length), total: items.length, sort: sourceSort,
      onSort: (field) => { sourceSort = nextSort(sourceSort, field); loadSources(); },
      empty: 'No feeds followed.',
    });
  } catch (e) {
    host.replaceChildren(el('p', { class: 'note', text: e.status === 404 ? 'Sources: not available on this server.' : 'Sources: ' + e.message }));
  }
}
/** A filter's suggestions are asked for when its field is first used, not with the first view. */
const SUGGESTIONS = { source: ['known-sources', 'source'], group: ['known-groups', 'group'], location: ['known-places', 'province'] };
const suggested = new Set();

async function suggest(field) {
  if (!SUGGESTIONS[field] || suggested.has(field) || !key()) return;
  suggested.add(field);
  const [id, groupBy] = SUGGESTIONS[field];
  try {
    const values = itemsOf(await getJson('/tallies?groupBy=' + groupBy + '&size=500')).map((t) => (t.key || {})[groupBy] || t[groupBy]).filter(Boolean);
    $('#' + id).replaceChildren(...[...new Set(values)].sort().map((v) => el('option', { value: v })));
  } catch (e) {
    suggested.delete(field);
  }
}

/** What the first view does not need waits until it is drawn: the sources panel below it. */
let afterFirstViewDone = false;
function afterFirstView() {
  if (afterFirstViewDone || !key()) return;
  afterFirstViewDone = true;
  loadSources();
}

// ---- rendering ----

function showFilters() {
  const form = $('#filters');
  FILTERS.forEach((f) => { form.elements[f].value = state.filters[f]; });
  form.elements.asOf.value = controlValue(state.asOf);
  status('#as-of-note', state.asOf ? 'Every view answers as the ledger stood at ' + state.asOf.replace('T', ' ').replace('Z', ' UTC')
    + ': later reports, revisions and corrections are left out.' : '', false);
  document.body.classList.toggle('as-of', Boolean(state.asOf));
  const ignored = [...new Set(NOTE_OF[state.view].map(notes).filter(Boolean))];
  status('#filter-note', ignored.join(' '), false);
  $('#export-csv').disabled = !EXPORTS[state.view];
  $('#export-geojson').disabled = state.view === 'submit';
}

async function render() {
  setAsOf(state.asOf);
  document.querySelectorAll('.view').forEach((v) => { v.hidden = v.id !== 'view-' + state.view; });
  document.querySelectorAll('#views a').forEach((a) => {
    if (a.dataset.view === state.view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  showFilters();
  renderDetail();
  if (!key()) { status('#key-status', 'Enter an API key to see the ledger.', false); return; }
  const started = performance.now();
  const mine = ++renders;
  document.body.dataset.ready = 'false';
  try {
    await VIEWS[state.view]();
    status('#key-status', 'Updated ' + new Date().toLocaleTimeString(), false);
  } catch (e) {
    status('#key-status', e instanceof ApiError && e.status === 401 ? 'The key was refused.' : 'Failed: ' + e.message, true);
  }
  // A render overtaken by a later one (another view chosen meanwhile) does not say the page is ready.
  if (mine !== renders) return;
  if (firstReady === null) {
    firstReady = Math.round(performance.now());
    document.body.dataset.firstReadyMs = String(firstReady);
    document.body.dataset.firstViewMs = String(Math.round(performance.now() - started));
  }
  afterFirstView();
  document.body.dataset.ready = 'true';
  document.body.dataset.refreshed = String(Date.now());
}

async function submit(event) {
  event.preventDefault();
  const report = Object.fromEntries(new FormData(event.target).entries());
  Object.keys(report).forEach((k) => { if (report[k] === '') delete report[k]; });
  status('#submit-status', 'Submitting…', false);
  try {
    const result = await getJson('/reports', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(report) });
    const n = (result.claims || []).length;
    status('#submit-status', (result.created ? 'Stored' : 'Already stored') + ' as ' + (result.report && result.report.id)
      + ' with ' + n + ' claim' + (n === 1 ? '' : 's') + '.', false);
  } catch (e) {
    status('#submit-status', e.status === 403 ? 'This key may not submit (a submitter key is needed).' : e.message, true);
  }
}

function wire() {
  $('#api-key').value = key();
  $('#key-form').addEventListener('submit', (e) => {
    e.preventDefault();
    setKey($('#api-key').value.trim());
    suggested.clear();
    afterFirstViewDone = false;
    render();
  });
  $('#filters').addEventListener('focusin', (e) => suggest(e.target.name));
  $('#filters').addEventListener('submit', (e) => {
    e.preventDefault();
    const filters = {};
    FILTERS.forEach((f) => { filters[f] = e.target.elements[f].value.trim(); });
    change({ filters, asOf: instant(e.target.elements.asOf.value), page: 0 });
  });
  $('#clear-filters').addEventListener('click', () => change({ filters: Object.fromEntries(FILTERS.map((f) => [f, ''])), asOf: '', page: 0 }));
  $('#views').addEventListener('click', (e) => {
    const link = e.target.closest('a[data-view]');
    if (!link) return;
    e.preventDefault();
    change({ view: link.dataset.view, page: 0, sort: '' });
  });
  $('#time-unit').addEventListener('change', (e) => change({ unit: e.target.value }));
  $('#close-detail').addEventListener('click', () => change({ open: '' }));
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && state.open) change({ open: '' }); });
  $('#export-csv').addEventListener('click', () => exportView('csv'));
  $('#export-geojson').addEventListener('click', () => exportView('geojson'));
  $('#submit-form').addEventListener('submit', submit);
  const published = $('#submit-form input[name=publishedAt]');
  if (!published.value) published.value = new Date().toISOString().slice(0, 10);
  window.addEventListener('popstate', () => { state = read(); render(); });
}

wire();
render();
