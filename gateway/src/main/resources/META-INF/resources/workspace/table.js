// A paged table: the API pages and sorts (a column with a sort field orders every page); the first cell opens the row.
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

/** A sort as the API takes it ('best', '-best' for descending) as its field and direction. */
export const order = (sort) => ({ field: String(sort || '').replace(/^-/, ''), desc: String(sort || '').startsWith('-') });
/** A click on a column's header: ascending first, then descending. */
export const nextSort = (sort, field) => (sort === field ? '-' + field : field);

function compare(column, desc) {
  const value = column.value || ((row) => row[column.key]);
  return (a, b) => {
    const x = value(a);
    const y = value(b);
    const result = typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''));
    return desc ? -result : result;
  };
}

/**
 * spec: { columns: [{key, label, num, sort, cell(row), value(row)}], rows, page, size, total, sort, onSort(field),
 *         onPage(page) (none: a table without pages), onOpen(row), openLabel(row), caption, empty }.
 * A column with a sort field has a header that sorts; sort is the table's order as the API takes it. A paged table's
 * rows come in that order from the API; a table without pages holds every row and is sorted here.
 */
export function table(host, spec) {
  const { field, desc } = order(spec.sort);
  const column = spec.columns.find((c) => c.sort && c.sort === field);
  const rows = column && !spec.onPage ? [...spec.rows].sort(compare(column, desc)) : spec.rows;
  const head = el('tr', {}, spec.columns.map((c) => {
    const sorted = column === c;
    return el('th', { scope: 'col', class: c.num ? 'num' : null, 'aria-sort': sorted ? (desc ? 'descending' : 'ascending') : null },
      c.sort && spec.onSort
        ? el('button', { type: 'button', class: 'sort', 'data-key': c.sort, onclick: () => spec.onSort(c.sort) }, c.label, sorted ? (desc ? ' ▼' : ' ▲') : '')
        : c.label);
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
    el('span', { class: 'page-of', text: 'page ' + (spec.page + 1) + ' of ' + pages + ' · ' + fmt(spec.total) + ' in all' + (column ? ' · sorted by ' + column.label + (desc ? ', descending' : '') : '') }),
    el('button', { type: 'button', class: 'next', disabled: spec.page + 1 >= pages, onclick: () => spec.onPage(spec.page + 1) }, 'Next ›'));
  host.replaceChildren(el('div', { class: 'scroll' }, el('table', {}, spec.caption ? el('caption', { text: spec.caption }) : null, el('thead', {}, head), body)), ...(pager ? [pager] : []));
}
