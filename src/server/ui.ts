/**
 * The server's page: search and filters over the claims (by words, measure,
 * claimant, outlet, status and the dates they were said), answered by the API,
 * each figure linked to its sentence in the report view; and a form to add a
 * folder of reports when adding is on. Plain HTML, with its styles and script
 * served as files (no inline script, for the Content-Security-Policy); every
 * value from the ledger is written as text (textContent), never as markup.
 */
import { escapeHtml as h } from '../report/html/escape.js';
import { STYLES } from '../report/html/styles.js';
import type { LedgerSummary } from './ledger-view.js';

export function uiPage({ documents, claims, measures, outlets }: LedgerSummary, { canAdd }: { canAdd: boolean } = { canAdd: false }): string {
  const options = (values: readonly string[]) => values.map((v) => `<option value="${h(v)}">${h(v)}</option>`).join('');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Tally</title>
<link rel="stylesheet" href="/assets/ui.css"></head>
<body>
<header><h1>Tally</h1><p class="note">${documents} reports, ${claims} figures. <a href="/report">The full report</a> · <a href="/api/v1/openapi.json">API</a></p></header>
<main>
<h2 id="search-title">Find figures</h2>
<form class="filters" id="filters" role="search" aria-labelledby="search-title">
<label for="f-q">Words<input id="f-q" name="q" type="search" placeholder="troops, Seoul, Kursk…"></label>
<label for="f-measure">Measure<select id="f-measure" name="measure"><option value="">any</option>${options(measures)}</select></label>
<label for="f-claimant">Claimant<input id="f-claimant" name="claimant" type="text" placeholder="South Korea"></label>
<label for="f-outlet">Outlet<select id="f-outlet" name="outlet"><option value="">any</option>${options(outlets)}</select></label>
<label for="f-status">Status of its group<select id="f-status" name="status"><option value="">any</option>${options(['conflict', 'agree', 'revised', 'mixed', 'single'])}</select></label>
<label for="f-from">Said from<input id="f-from" name="from" type="date"></label>
<label for="f-to">Said until<input id="f-to" name="to" type="date"></label>
<button type="submit">Search</button>
</form>
<p id="count" class="note" aria-live="polite"></p>
<table id="claims"><thead><tr><th scope="col">Figure</th><th scope="col">Measure</th><th scope="col">Claimant</th><th scope="col">Family</th><th scope="col">Report</th><th scope="col">Said</th><th scope="col">Group</th></tr></thead><tbody></tbody></table>
${canAdd ? `<h2 id="add-title">Add reports</h2>
<form id="add" aria-labelledby="add-title"><label for="f-path">A folder or file on this machine <input id="f-path" name="path" type="text" size="50"></label> <button type="submit">Analyse and add</button></form>
<p id="add-status" class="note" aria-live="polite"></p>` : ''}
</main>
<script src="/assets/ui.js"></script>
</body></html>
`;
}

/** The page's styles, served as /assets/ui.css. */
export const UI_STYLES = `${STYLES}
form.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .6rem 1rem; align-items: end; }
form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
input, select, button { font: inherit; padding: .25rem .4rem; }
`;

/** The page's script, served as /assets/ui.js (the Content-Security-Policy allows no inline script). */
export const UI_SCRIPT = String.raw`(function () {
  'use strict';
  var form = document.getElementById('filters');
  var body = document.querySelector('#claims tbody');
  var count = document.getElementById('count');
  function cell(row, text, href) {
    var td = document.createElement('td');
    if (href) { var a = document.createElement('a'); a.href = href; a.textContent = text; td.appendChild(a); } else { td.textContent = text == null ? '—' : text; }
    row.appendChild(td);
  }
  var latest = 0;
  function search() {
    // answers may come back out of order: only the latest search fills the table
    var mine = ++latest;
    var params = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (v) params.set(k, String(v)); });
    params.set('limit', '1000');
    return fetch('/api/v1/claims?' + params.toString()).then(function (r) { return r.json(); }).then(function (page) {
      if (mine !== latest) return;
      body.replaceChildren();
      (page.items || []).forEach(function (c) {
        var tr = document.createElement('tr');
        // the report's anchor of a figure, as anchorOf('c', id) in src/report/html/report.ts writes it
        cell(tr, c.text, '/report#c-' + c.id.replace(/[^A-Za-z0-9_-]/g, '-'));
        cell(tr, c.measure);
        cell(tr, c.claimant ? (c.claimant.name || c.claimant.text) : 'the outlet itself');
        cell(tr, c.family);
        cell(tr, c.doc);
        cell(tr, c.asserted.basis === 'inferred' ? (c.asserted.earliest || '') + (c.asserted.latest ? ' – ' + c.asserted.latest : '') : c.asserted.value);
        cell(tr, c.group);
        body.appendChild(tr);
      });
      count.textContent = page.error ? 'Bad search: ' + page.issues.map(function (i) { return i.parameter + ' ' + i.message; }).join('; ') : page.total + ' figure(s)';
    });
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); search(); });
  form.addEventListener('change', function () { search(); });
  var add = document.getElementById('add');
  if (add) add.addEventListener('submit', function (e) {
    e.preventDefault();
    var status = document.getElementById('add-status');
    status.textContent = 'Analysing…';
    fetch('/api/v1/sources', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: document.getElementById('f-path').value }) })
      .then(function (r) { return r.json(); })
      .then(function (r) { status.textContent = r.error ? r.error : 'Now ' + r.documents + ' reports and ' + r.claims + ' figures.'; return search(); });
  });
  search();
})();`;
