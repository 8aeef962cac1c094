// The map: Leaflet draws Syria's governorates from the GeoJSON packaged with the gateway (gateway/scripts/governorates.sh),
// with no tile layer; events are markers sized by best, clustered by Supercluster at the map's zoom.
// Both libraries come from the gateway's jars and are loaded when the map is first shown: no other view waits for them.
import { fmt } from './table.js';

const LEAFLET = '/webjars/leaflet/1.9.4/dist/';
const SUPERCLUSTER = '/webjars/supercluster/7.1.5/dist/supercluster.min.js';
/** Events closer than this many pixels at the map's zoom are one cluster. */
const CLUSTER_RADIUS = 26;
/** At the closest zoom, events still closer than the radius (one place) stay a cluster that lists them. */
const MAX_ZOOM = 10;

const radius = (best) => Math.min(28, 4 + 1.6 * Math.sqrt(Math.max(0, best)));

function load(tag, attributes) {
  return new Promise((resolve, reject) => {
    const node = Object.assign(document.createElement(tag), attributes);
    node.onload = resolve;
    node.onerror = () => reject(new Error('the map library ' + (attributes.src || attributes.href) + ' did not load'));
    document.head.append(node);
  });
}

let libraries = null;
function loadLibraries() {
  libraries = libraries || Promise.all([
    load('link', { rel: 'stylesheet', href: LEAFLET + 'leaflet.css' }),
    load('script', { src: LEAFLET + 'leaflet.js' }),
    load('script', { src: SUPERCLUSTER }),
  ]).catch((e) => { libraries = null; throw e; });
  return libraries;
}

let base = null;
async function governorates() {
  if (!base) {
    const response = await fetch('/workspace/governorates.geojson');
    if (!response.ok) throw new Error('the governorates layer did not load (HTTP ' + response.status + ')');
    base = await response.json();
  }
  return base;
}

const describe = (p) => fmt(p.best) + ' ' + p.outcome + ' · ' + p.group + (p.place ? ' in ' + p.place : '') + ', ' + p.firstDate;

/** A click, Enter or Space on the layer's element does the action. */
function activate(layer, action) {
  layer.on('click', action);
  layer.on('keydown', (e) => {
    if (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ') {
      e.originalEvent.preventDefault();
      action();
    }
  });
}

function label(node, attributes) {
  Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
}

/** One map per page, kept across renders: the handlers and the events change, the governorates do not. */
let view = null;

function createMap(host, layer) {
  const regions = L.geoJSON(layer, { style: { className: 'region' }, attribution: 'Boundaries: Natural Earth' });
  // The map draws its layers once it has a view: the governorates' bounds give it one.
  const map = L.map(host, { maxZoom: MAX_ZOOM, minZoom: 5, maxBounds: regions.getBounds().pad(0.5) }).fitBounds(regions.getBounds());
  regions.addTo(map).eachLayer((region) => {
    const { name, code } = region.feature.properties;
    label(region.getElement(), { tabindex: 0, role: 'button', 'aria-label': 'Filter by ' + name, 'data-name': name, 'data-code': code });
    activate(region, () => view.handlers.filterProvince(name));
    // Damascus is too small to hold its name beside Rif Dimashq's: it shows it on hover.
    region.bindTooltip(name, { permanent: name !== 'Damascus', direction: 'center', className: 'region-label' });
  });
  const marks = L.layerGroup().addTo(map);
  map.on('zoomend', () => drawMarks());
  return { host, map, regions, marks, index: null, handlers: null };
}

function mark(feature) {
  const p = feature.properties;
  const [lon, lat] = feature.geometry.coordinates;
  const size = Math.round(2 * radius(p.best));
  const icon = L.divIcon({ className: p.cluster ? 'cluster-mark' : 'event-mark outcome-' + p.outcome, iconSize: [size, size],
    html: p.cluster ? String(p.point_count) : '' });
  const marker = L.marker([lat, lon], { icon, keyboard: true, title: p.cluster ? '' : describe(p), zIndexOffset: -100 * size }).addTo(view.marks);
  label(marker.getElement(), p.cluster
    ? { 'aria-label': 'Cluster of ' + p.point_count + ' events, best ' + fmt(p.best) + ' in all', 'data-count': p.point_count }
    : { 'aria-label': 'Open event: ' + describe(p), 'data-id': feature.id, 'data-count': 1 });
  activate(marker, () => (p.cluster ? view.handlers.openCluster(view.index.getLeaves(p.cluster_id, Infinity))
    : view.handlers.openEvent(feature.id)));
}

/** The clusters at the map's zoom, the largest first by Tab; the smaller are drawn above them (zIndexOffset). */
function drawMarks() {
  view.marks.clearLayers();
  const shown = view.index.getClusters([-180, -85, 180, 85], Math.round(view.map.getZoom()))
    .sort((a, b) => b.properties.best - a.properties.best);
  shown.forEach(mark);
  view.host.dataset.marks = String(shown.length);
}

/** handlers: { openEvent(id), openCluster(features), filterProvince(name) }; selected: the location filter. */
export async function drawMap(host, features, selected, handlers) {
  const [layer] = await Promise.all([governorates(), loadLibraries()]);
  if (!view) view = createMap(host, layer);
  view.map.invalidateSize();
  view.handlers = handlers;
  view.regions.eachLayer((region) => region.getElement().classList.toggle('selected', region.feature.properties.name === selected));
  view.index = new Supercluster({ radius: CLUSTER_RADIUS, extent: 256, maxZoom: MAX_ZOOM,
    map: (p) => ({ best: p.best || 0 }), reduce: (sum, p) => { sum.best += p.best; } })
    .load(features.filter((f) => f.geometry && f.geometry.coordinates && f.geometry.coordinates[1] !== null));
  drawMarks();
}

export { describe };
