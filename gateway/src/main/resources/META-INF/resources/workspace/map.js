// The map: Syria's governorates from the GeoJSON packaged with the gateway (gateway/scripts/governorates.sh), events as circles sized by best, clustered when close.
import { svg } from './charts.js';
import { fmt } from './table.js';

const WEST = 35.5;
const NORTH = 37.4;
const SCALE = 120;
const SHRINK = Math.cos((35 * Math.PI) / 180);
const WIDTH = 690;
const HEIGHT = 625;
const CELL = 26;

const project = ([lon, lat]) => [(lon - WEST) * SHRINK * SCALE, (NORTH - lat) * SCALE];
const radius = (best) => Math.min(28, 4 + 1.6 * Math.sqrt(Math.max(0, best)));

let base = null;
async function governorates() {
  if (!base) {
    const response = await fetch('/workspace/governorates.geojson');
    if (!response.ok) throw new Error('the governorates layer did not load (HTTP ' + response.status + ')');
    base = await response.json();
  }
  return base;
}

/** Where a governorate's name goes: the area centroid of its largest polygon's outer ring. */
function labelPoint(geometry) {
  const area = (ring) => ring.reduce((n, p, i) => (i === 0 ? n : n + ring[i - 1][0] * p[1] - p[0] * ring[i - 1][1]), 0) / 2;
  const outer = geometry.coordinates.map((polygon) => polygon[0]).reduce((a, b) => (Math.abs(area(b)) > Math.abs(area(a)) ? b : a));
  const a = area(outer);
  const sum = (axis) => outer.reduce((n, p, i) => (i === 0 ? n
    : n + (outer[i - 1][axis] + p[axis]) * (outer[i - 1][0] * p[1] - p[0] * outer[i - 1][1])), 0);
  return [sum(0) / (6 * a), sum(1) / (6 * a)];
}

function ringPath(ring) {
  return ring.map((p, i) => (i === 0 ? 'M' : 'L') + project(p).map((v) => v.toFixed(1)).join(',')).join(' ') + ' Z';
}

/** Nearby events share a grid cell; a cell with several is one cluster. */
export function clusters(features) {
  const cells = new Map();
  features.filter((f) => f.geometry && f.geometry.coordinates && f.geometry.coordinates[1] !== null).forEach((f) => {
    const [x, y] = project(f.geometry.coordinates);
    const cell = Math.floor(x / CELL) + ':' + Math.floor(y / CELL);
    if (!cells.has(cell)) cells.set(cell, []);
    cells.get(cell).push({ f, x, y });
  });
  return [...cells.values()].map((members) => ({
    events: members.map((m) => m.f),
    x: members.reduce((n, m) => n + m.x, 0) / members.length,
    y: members.reduce((n, m) => n + m.y, 0) / members.length,
    best: members.reduce((n, m) => n + (m.f.properties.best || 0), 0),
  }));
}

function activate(node, action) {
  node.addEventListener('click', action);
  node.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); action(); }
  });
}

const describe = (p) => fmt(p.best) + ' ' + p.outcome + ' · ' + p.group + (p.place ? ' in ' + p.place : '') + ', ' + p.firstDate;

/** handlers: { openEvent(id), openCluster(features), filterProvince(name) }; selected: the location filter. */
export async function drawMap(host, features, selected, handlers) {
  const layer = await governorates();
  const regions = layer.features.map((g) => {
    const name = g.properties.name;
    const path = svg('path', { d: g.geometry.coordinates.flat().map(ringPath).join(' '), class: 'region' + (selected === name ? ' selected' : ''),
      'fill-rule': 'evenodd', tabindex: 0, role: 'button', 'aria-label': 'Filter by ' + name, 'data-name': name, 'data-code': g.properties.code }, svg('title', {}, name));
    activate(path, () => handlers.filterProvince(name));
    return path;
  });
  const labels = layer.features.filter((g) => g.properties.name !== 'Damascus').map((g) => {
    const [x, y] = project(labelPoint(g.geometry));
    return svg('text', { x: x.toFixed(0), y: y.toFixed(0), class: 'region-label', 'aria-hidden': 'true' }, g.properties.name);
  });
  const marks = clusters(features).sort((a, b) => b.best - a.best).map((c) => {
    const single = c.events.length === 1;
    const p = c.events[0].properties;
    const group = svg('g', { class: single ? 'event-mark' : 'cluster-mark', tabindex: 0, role: 'button',
      'data-id': single ? c.events[0].id : null, 'data-count': c.events.length,
      'aria-label': single ? 'Open event: ' + describe(p) : 'Cluster of ' + c.events.length + ' events, best ' + fmt(c.best) + ' in all' },
    svg('circle', { cx: c.x.toFixed(1), cy: c.y.toFixed(1), r: radius(c.best).toFixed(1), class: 'outcome-' + (single ? p.outcome : 'CLUSTER') }),
    single ? svg('title', {}, describe(p)) : svg('text', { x: c.x.toFixed(1), y: (c.y + 4).toFixed(1), class: 'cluster-count' }, String(c.events.length)));
    activate(group, () => (single ? handlers.openEvent(c.events[0].id) : handlers.openCluster(c.events)));
    return group;
  });
  host.replaceChildren(svg('svg', { viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT, class: 'map-svg', role: 'group', 'aria-label': 'Map of Syria\'s governorates with events' },
    svg('g', { class: 'regions' }, regions), svg('g', { class: 'labels' }, labels), svg('g', { class: 'marks' }, marks)));
  host.dataset.marks = String(marks.length);
}

export { describe };
