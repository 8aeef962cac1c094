// A paged table: the API pages, the page sorts by any column; the first cell opens the row.
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === undefined || v === null || v === false) return;
    if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  });
  children.flat(Infinity).forEach((c) => {
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  });
  return node;
}

export const fmt = (n) => (n === null || n === undefined ? '' : Number(n).toLocaleString('en'));

function compare(column, dir) {
  const value = column.value || ((row) => row[column.key]);
  return (a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''));
    return dir === 'desc' ? -order : order;
  };
}

/**
 * spec: { columns: [{key, label, num, cell(row), value(row)}], rows, page, size, total, sort, dir,
 *         onSort(key), onPage(page) (none: a table without pages), onOpen(row), openLabel(row), caption, empty }
 */
export function table(host, spec) {
  const column = spec.columns.find((c) => c.key === spec.sort);
  const rows = column ? [...spec.rows].sort(compare(column, spec.dir)) : spec.rows;
  const head = el('tr', {}, spec.columns.map((c) => {
    const sorted = c.key === spec.sort;
    return el('th', { scope: 'col', class: c.num ? 'num' : null, 'aria-sort': sorted ? (spec.dir === 'desc' ? 'descending' : 'ascending') : null },
      el('button', { type: 'button', class: 'sort', 'data-key': c.key, onclick: () => spec.onSort(c.key) },
        c.label, sorted ? (spec.dir === 'desc' ? ' ▼' : ' ▲') : ''));
  }));
  const body = el('tbody', {}, rows.length === 0
    ? el('tr', {}, el('td', { class: 'empty', colspan: spec.columns.length, text: spec.empty || 'Nothing matches the filters.' }))
    : rows.map((row) => el('tr', { 'data-id': row.id || null, onclick: (e) => { if (spec.onOpen && e.target.tagName !== 'BUTTON') spec.onOpen(row); } },
      spec.columns.map((c, i) => {
        const content = c.cell ? c.cell(row) : row[c.key];
        const inner = i === 0 && spec.onOpen
          ? el('button', { type: 'button', class: 'link open', 'aria-label': spec.openLabel ? spec.openLabel(row) : null, onclick: () => spec.onOpen(row) }, content ?? '')
          : content;
        return el('td', { class: c.num ? 'num' : null }, inner ?? '');
      }))));
  const pages = Math.max(1, Math.ceil(spec.total / spec.size));
  const pager = !spec.onPage ? null : el('div', { class: 'pager' },
    el('button', { type: 'button', class: 'prev', disabled: spec.page <= 0, onclick: () => spec.onPage(spec.page - 1) }, '‹ Previous'),
    el('span', { class: 'page-of', text: 'page ' + (spec.page + 1) + ' of ' + pages + ' · ' + fmt(spec.total) + ' in all' + (column ? ' · this page sorted by ' + column.label : '') }),
    el('button', { type: 'button', class: 'next', disabled: spec.page + 1 >= pages, onclick: () => spec.onPage(spec.page + 1) }, 'Next ›'));
  host.replaceChildren(el('div', { class: 'scroll' }, el('table', {}, spec.caption ? el('caption', { text: spec.caption }) : null, el('thead', {}, head), body)), ...(pager ? [pager] : []));
}
