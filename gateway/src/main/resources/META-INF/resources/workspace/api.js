// Everything the workspace shows comes through the public API with the user's key (kept for the tab only).
const KEY_STORE = 'ledger.apiKey';
const API = '/api/v1';

export const key = () => sessionStorage.getItem(KEY_STORE) || '';
export const setKey = (value) => sessionStorage.setItem(KEY_STORE, value);

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

let asOf = '';
/** The instant every read answers as of (ISO, UTC), or '' for the current ledger. */
export const setAsOf = (value) => { asOf = value || ''; };

/** A read is asked as of the chosen instant: asOf goes on every GET. */
function withAsOf(path, init) {
  if (!asOf || (init && init.method && init.method !== 'GET')) return path;
  return path + (path.includes('?') ? '&' : '?') + 'asOf=' + encodeURIComponent(asOf);
}

async function call(path, init, accept) {
  path = withAsOf(path, init);
  const options = Object.assign({}, init || {});
  options.headers = Object.assign({ 'X-API-Key': key(), Accept: accept }, (init && init.headers) || {});
  const response = await fetch(API + path, options);
  const text = await response.text();
  if (!response.ok) {
    let detail = 'HTTP ' + response.status;
    try {
      const problem = JSON.parse(text);
      detail = problem.detail || problem.title || detail;
    } catch (ignored) { /* not a problem document */ }
    throw new ApiError(detail, response.status);
  }
  return text;
}

export async function getJson(path, init) {
  const text = await call(path, init, 'application/json');
  return text ? JSON.parse(text) : null;
}

/** The body as text, for exports: CSV or GeoJSON exactly as the API gives them. */
export const getText = (path, accept) => call(path, null, accept);

export const itemsOf = (body) => (Array.isArray(body) ? body : (body && body.items) || []);

/** Query string of the given parameters, leaving out empty ones. */
export function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  });
  const s = q.toString();
  return s ? '?' + s : '';
}

const cache = new Map();
/** A report as of an instant does not change, so its text is fetched once per page load and instant. */
export function report(id) {
  const k = id + '@' + asOf;
  if (!cache.has(k)) {
    cache.set(k, getJson('/reports/' + encodeURIComponent(id)).catch((e) => { cache.delete(k); throw e; }));
  }
  return cache.get(k);
}
