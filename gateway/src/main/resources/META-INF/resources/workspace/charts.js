// The overview's pictures: range bars, the stacked chart of events over time, and running totals as small multiples.
import { el, fmt } from './table.js';

const SVG = 'http://www.w3.org/2000/svg';
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== undefined && v !== null) node.setAttribute(k, v); });
  children.flat(Infinity).forEach((c) => node.append(c));
  return node;
}

export const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];

/** A bar from low to high on a scale to max, with a mark at best; the numbers beside it for screen readers too. */
export function rangeBar(t, max) {
  const x = (v) => (max > 0 ? (100 * v) / max : 0);
  const high = t.high ?? t.best;
  return el('span', { class: 'range', role: 'img', 'aria-label': 'low ' + t.low + ', best ' + t.best + ', high ' + high },
    svg('svg', { viewBox: '0 0 100 10', preserveAspectRatio: 'none', class: 'range-bar', 'aria-hidden': 'true' },
      svg('rect', { x: 0, y: 4, width: 100, height: 2, class: 'track' }),
      svg('rect', { x: x(t.low), y: 1, width: Math.max(0.6, x(high) - x(t.low)), height: 8, class: 'interval' }),
      svg('rect', { x: Math.max(0, x(t.best) - 0.6), y: 0, width: 1.2, height: 10, class: 'best' })),
    el('span', { class: 'range-text', text: fmt(t.low) + ' · ' + fmt(t.best) + ' · ' + fmt(high) }));
}

let timeChart = null;

/** rows: [{period, group, best}] → stacked bars per period, one colour per group (the largest 9, the rest together). */
export function stackedByGroup(canvas, rows) {
  const totals = new Map();
  rows.forEach((r) => totals.set(r.group, (totals.get(r.group) || 0) + r.best));
  const top = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 9).map(([g]) => g);
  const groupOf = (g) => (top.includes(g) ? g : 'other groups');
  const groups = [...top, ...(totals.size > top.length ? ['other groups'] : [])];
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const datasets = groups.map((g, i) => ({
    label: g, backgroundColor: PALETTE[i % PALETTE.length],
    data: periods.map((p) => rows.filter((r) => r.period === p && groupOf(r.group) === g).reduce((n, r) => n + r.best, 0)),
  }));
  if (timeChart) timeChart.destroy();
  if (!window.Chart) throw new Error('the chart library did not load');
  timeChart = new window.Chart(canvas, {
    type: 'bar', data: { labels: periods, datasets },
    options: { animation: false, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } } },
  });
  canvas.dataset.bars = String(datasets.reduce((n, d) => n + d.data.filter((v) => v > 0).length, 0));
  return timeChart;
}

/** One small line chart per series; a point lower than the one before it is a fall, ringed in red. */
export function smallMultiple(series, label) {
  const points = (series.points || []).map((p) => ({ date: p.date || p.publishedAt, value: p.value }));
  const w = 220;
  const h = 70;
  const pad = 6;
  // The scale spans the series' own values, not zero to its top: a fall of 9 in 1,420 stays visible.
  const values = points.length ? points.map((p) => p.value) : [0];
  const spread = Math.max(1, Math.max(...values) - Math.min(...values));
  const min = Math.max(0, Math.min(...values) - spread * 0.15);
  const max = Math.max(...values) + spread * 0.15;
  const x = (i) => pad + (points.length > 1 ? (i * (w - 2 * pad)) / (points.length - 1) : (w - 2 * pad) / 2);
  const y = (v) => h - pad - ((v - min) * (h - 2 * pad)) / (max - min || 1);
  const falls = points.filter((p, i) => i > 0 && p.value < points[i - 1].value);
  const last = points[points.length - 1];
  const chart = svg('svg', { viewBox: '0 0 ' + w + ' ' + h, class: 'multiple-chart', role: 'img',
    'aria-label': label + ': ' + points.length + ' points, last ' + (last ? last.value + ' on ' + last.date : 'none') + (falls.length ? ', ' + falls.length + ' falls' : '') },
  svg('polyline', { points: points.map((p, i) => x(i) + ',' + y(p.value)).join(' '), class: 'line' }),
  points.map((p, i) => svg('circle', { cx: x(i), cy: y(p.value), r: 2.2, class: 'point' }, svg('title', {}, p.date + ': ' + p.value))),
  points.map((p, i) => (i > 0 && p.value < points[i - 1].value
    ? svg('circle', { cx: x(i), cy: y(p.value), r: 6, class: 'fall' }, svg('title', {}, 'fell from ' + points[i - 1].value + ' to ' + p.value + ' on ' + p.date))
    : null)).filter(Boolean));
  return el('figure', { class: 'multiple' + (falls.length ? ' has-fall' : ''), 'data-points': points.length, 'data-falls': falls.length },
    el('figcaption', {}, el('strong', { text: label }), ' ', el('span', { class: 'muted', text: last ? fmt(last.value) + ' on ' + last.date
      + (points.length > 1 ? ' (between ' + fmt(Math.min(...values)) + ' and ' + fmt(Math.max(...values)) + ')' : '') : '' }),
      falls.length ? el('span', { class: 'fall-note', text: ' · fell ' + falls.length + '×' }) : ''),
    chart);
}
