'use strict';
// The dashboard reads everything through the public API with the key the user gives; nothing is cached server-side.
(function () {
  const KEY_STORE = 'ledger.apiKey';
  const API = '/api/v1';
  const REFRESH_AFTER_SUBMIT_MS = [800, 2500, 6000, 12000];
  let chart = null;

  const $ = (selector) => document.querySelector(selector);
  const key = () => sessionStorage.getItem(KEY_STORE) || '';

  async function api(path, options) {
    const init = Object.assign({ headers: {} }, options || {});
    init.headers = Object.assign({ 'X-API-Key': key(), Accept: 'application/json' }, init.headers);
    const response = await fetch(API + path, init);
    const text = await response.text();
    const body = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const detail = body && (body.detail || body.title) ? (body.detail || body.title) : 'HTTP ' + response.status;
      const error = new Error(detail);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  const itemsOf = (body) => (Array.isArray(body) ? body : (body && body.items) || []);

  function cell(row, value, className) {
    const td = document.createElement('td');
    td.textContent = value === null || value === undefined ? '' : String(value);
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function fill(tableId, rows, render, emptyText) {
    const body = document.querySelector('#' + tableId + ' tbody');
    body.replaceChildren();
    if (rows.length === 0) {
      const tr = document.createElement('tr');
      const td = cell(tr, emptyText, 'empty');
      td.colSpan = document.querySelectorAll('#' + tableId + ' thead th').length;
      body.appendChild(tr);
      return;
    }
    rows.forEach((item) => {
      const tr = document.createElement('tr');
      render(tr, item);
      body.appendChild(tr);
    });
  }

  async function loadTallies() {
    const rows = itemsOf(await api('/tallies?groupBy=group,outcome&size=500'));
    fill('tallies', rows, (tr, t) => {
      const k = t.key || {};
      cell(tr, k.group || t.group);
      cell(tr, k.outcome || t.outcome);
      [t.low, t.best, t.high].forEach((v) => cell(tr, v, 'num'));
      cell(tr, t.method);
      [t.events, t.claims, t.reports, t.sources].forEach((v) => cell(tr, v, 'num'));
      cell(tr, (t.discrepancies || []).map((d) => d.source + ': series ' + d.seriesValue + ' vs events ' + d.eventsBest).join('; '));
    }, 'No tallies yet.');
  }

  function seriesLabel(s) {
    return [s.source, s.group, s.outcome, s.subgroup].filter(Boolean).join(' · ')
      + (s.periodStart ? ' since ' + s.periodStart : '');
  }

  async function loadSeries() {
    const series = itemsOf(await api('/series?interval=day'));
    const dates = [...new Set(series.flatMap((s) => (s.points || []).map((p) => p.date || p.publishedAt)))].sort();
    const datasets = series.map((s) => {
      const byDate = new Map((s.points || []).map((p) => [p.date || p.publishedAt, p.value]));
      return { label: seriesLabel(s), data: dates.map((d) => (byDate.has(d) ? byDate.get(d) : null)), spanGaps: true, tension: 0 };
    });
    const points = datasets.reduce((n, d) => n + d.data.filter((v) => v !== null).length, 0);
    const canvas = $('#series-chart');
    canvas.dataset.points = String(points);
    $('#series-empty').hidden = points > 0;
    if (!window.Chart) throw new Error('chart library missing');
    if (chart) chart.destroy();
    chart = new window.Chart(canvas, {
      type: 'line',
      data: { labels: dates, datasets },
      options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } }
    });
  }

  async function evidenceByEvent(events) {
    const sentences = new Map();
    const add = (eventId, sentence) => {
      if (!eventId || !sentence) return;
      const list = sentences.get(eventId) || [];
      if (!list.includes(sentence)) list.push(sentence);
      sentences.set(eventId, list);
    };
    itemsOf(await api('/claims?size=500')).forEach((c) => add(c.eventId, c.evidence && c.evidence.sentence));
    const missing = events.filter((e) => !sentences.has(e.id)).slice(0, 10);
    await Promise.all(missing.map(async (e) => {
      const detail = await api('/events/' + encodeURIComponent(e.id));
      (detail.claimList || detail.claims || []).forEach((c) => add(e.id, c.evidence && c.evidence.sentence));
    }));
    return sentences;
  }

  async function loadEvents() {
    const events = itemsOf(await api('/events?size=50'));
    const sentences = await evidenceByEvent(events);
    fill('events', events, (tr, e) => {
      cell(tr, e.firstDate === e.lastDate ? e.firstDate : e.firstDate + ' – ' + e.lastDate);
      cell(tr, [e.group, e.subgroup].filter(Boolean).join(' · '));
      cell(tr, e.outcome);
      cell(tr, [e.place, e.province].filter(Boolean).join(', '));
      [e.low, e.best, e.high].forEach((v) => cell(tr, v, 'num'));
      cell(tr, (e.sources || []).join(', '));
      const td = cell(tr, '', 'evidence');
      (sentences.get(e.id) || []).forEach((s) => {
        const quote = document.createElement('blockquote');
        quote.className = 'sentence';
        quote.textContent = s;
        td.appendChild(quote);
      });
    }, 'No events yet.');
  }

  async function loadDiscrepancies() {
    const rows = itemsOf(await api('/discrepancies?size=200'));
    fill('discrepancies', rows, (tr, d) => {
      cell(tr, d.kind);
      cell(tr, d.source);
      cell(tr, [d.group, d.subgroup].filter(Boolean).join(' · '));
      cell(tr, d.outcome);
      cell(tr, d.previousValue, 'num');
      cell(tr, d.value, 'num');
      cell(tr, [d.previousPublished, d.publishedAt].filter(Boolean).join(' → '));
    }, 'No discrepancies.');
  }

  async function refreshAll() {
    if (!key()) {
      status('#key-status', 'Enter an API key to see the ledger.', false);
      return;
    }
    const results = await Promise.allSettled([loadTallies(), loadSeries(), loadEvents(), loadDiscrepancies()]);
    const failed = results.filter((r) => r.status === 'rejected').map((r) => r.reason.message);
    status('#key-status', failed.length ? 'Some panels failed: ' + [...new Set(failed)].join('; ')
      : 'Updated ' + new Date().toLocaleTimeString(), failed.length > 0);
    document.body.dataset.refreshed = String(Date.now());
  }

  function status(selector, text, isError) {
    const el = $(selector);
    el.textContent = text;
    el.classList.toggle('error', Boolean(isError));
  }

  async function submit(event) {
    event.preventDefault();
    const form = event.target;
    const report = Object.fromEntries(new FormData(form).entries());
    Object.keys(report).forEach((k) => { if (report[k] === '') delete report[k]; });
    status('#submit-status', 'Submitting…', false);
    try {
      const result = await api('/reports', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(report)
      });
      const claims = (result.claims || []).length;
      status('#submit-status', (result.created ? 'Stored' : 'Already stored') + ' as ' + (result.report && result.report.id)
        + ' with ' + claims + ' claim' + (claims === 1 ? '' : 's') + '.', false);
      REFRESH_AFTER_SUBMIT_MS.forEach((ms) => setTimeout(refreshAll, ms));
    } catch (e) {
      status('#submit-status', e.status === 403 ? 'This key may not submit (a submitter key is needed).' : e.message, true);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('#api-key').value = key();
    $('#key-form').addEventListener('submit', (e) => {
      e.preventDefault();
      sessionStorage.setItem(KEY_STORE, $('#api-key').value.trim());
      refreshAll();
    });
    $('#submit-form').addEventListener('submit', submit);
    const published = $('#submit-form input[name=publishedAt]');
    if (!published.value) published.value = new Date().toISOString().slice(0, 10);
    refreshAll();
  });
})();
