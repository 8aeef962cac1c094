// The workspace's state lives in the URL, so that a view can be bookmarked and sent to a colleague; so does the
// instant every read is answered as of (asOf), which api.js puts on every call.
export const FILTERS = ['source', 'group', 'outcome', 'location', 'from', 'to'];
const VIEWS = ['overview', 'map', 'events', 'claims', 'reports', 'audit', 'submit'];

/** Which filters each endpoint understands; the others are named in the view's note. */
export const ACCEPTS = {
  tallies: FILTERS,
  events: FILTERS,
  claims: ['source', 'group', 'outcome', 'from', 'to'],
  series: ['source', 'group', 'outcome', 'from', 'to'],
  reports: ['source', 'from', 'to'],
  audit: ['source', 'from', 'to'],
};

/**
 * An instant given as a date, a date and time (both read as UTC, as the control shows them) or an ISO instant with
 * its zone, as an ISO instant in UTC; '' for none. Anything else is kept as it is, for the API to name.
 */
export function instant(value) {
  const v = (value || '').trim();
  if (!v) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v + 'T00:00:00Z';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v)) return instant(v + (v.length === 16 ? ':00' : '') + 'Z');
  const t = Date.parse(v);
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(t)) return new Date(t).toISOString().replace('.000Z', 'Z');
  return v;
}

/** The instant as the "as of" control shows it: date and time in UTC, without the zone. */
export const controlValue = (iso) => (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(iso) ? iso.slice(0, 19) : '');

export function read() {
  const q = new URLSearchParams(location.search);
  const filters = {};
  FILTERS.forEach((f) => { filters[f] = q.get(f) || ''; });
  const view = VIEWS.includes(q.get('view')) ? q.get('view') : 'overview';
  return {
    view, filters,
    page: Math.max(0, parseInt(q.get('page') || '0', 10) || 0),
    sort: q.get('sort') || '',
    open: q.get('open') || '', unit: q.get('unit') === 'week' ? 'week' : 'month',
    asOf: instant(q.get('asOf')),
  };
}

/** Writes the state back; a change of view or filters starts at the first page again. */
export function write(state, push) {
  const q = new URLSearchParams();
  if (state.view !== 'overview') q.set('view', state.view);
  FILTERS.forEach((f) => { if (state.filters[f]) q.set(f, state.filters[f]); });
  if (state.asOf) q.set('asOf', state.asOf);
  if (state.page) q.set('page', String(state.page));
  if (state.sort) q.set('sort', state.sort);
  if (state.unit !== 'month') q.set('unit', state.unit);
  if (state.open) q.set('open', state.open);
  const url = location.pathname + (q.toString() ? '?' + q : '');
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
}

/** The filters an endpoint accepts, and the set ones it cannot apply. */
export function filtersFor(endpoint, filters) {
  const accepted = ACCEPTS[endpoint];
  const params = {};
  const ignored = [];
  FILTERS.forEach((f) => {
    if (!filters[f]) return;
    if (accepted.includes(f)) params[f] = filters[f]; else ignored.push(f);
  });
  return { params, ignored };
}
