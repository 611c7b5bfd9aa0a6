/**
 * report.html: the ledger as one page that opens anywhere with no network
 * (styles, data, the charting library and the script inlined). The story at a
 * glance; per measure group a chart and the table behind it; the timeline;
 * quotes by speaker; copied passages; and every report's text with its
 * figures, quotes and dates marked, each figure linked from the tables and
 * charts. Built from the ledger and each document's clean text; all article
 * text is escaped.
 */
import { collect } from '../../core/collect.js';
import type { Span } from '../../core/span.js';
import type { Claim, Group, LedgerDocument, Quote, ShownLedger, TimeExpression } from '../../ledger/schema.js';
import { formatNumber, formatValue } from '../format.js';
import { actorName, byDocument, groupTitle, quotesBySpeaker, saidWhen } from '../sections/shared.js';
import { CLIENT_SCRIPT } from './client.js';
import { escapeHtml as h, jsonForScript } from './escape.js';
import { markedText, type Mark } from './marked-text.js';
import { STYLES } from './styles.js';
import { browserBundle } from './vendor.js';
import { wordTable } from '../../core/word-table.js';

/** A document's clean text, and where a source span of it lies in that text (null where cleaning removed it). */
export interface ReportText {
  readonly text: string;
  toText(span: Span): Span | null;
}

/**
 * Where the page finds the reports' texts: held, by id, or read for a few
 * reports at a time as their articles are written (a store's, so that the
 * page of a large store never holds them all).
 */
export type ReportTextSource = ReadonlyMap<string, ReportText> | ((ids: readonly string[]) => Promise<ReadonlyMap<string, ReportText>>);

/** How many reports' texts the page asks a reading source for at a time. */
const TEXTS_AT_A_TIME = 200;

/**
 * `assets`: where the page's styles and scripts are. `inline` (the default)
 * puts them in the page, so report.html opens anywhere with no network; a path
 * ("/assets") links them, for a server whose Content-Security-Policy allows no
 * inline script (see REPORT_ASSETS).
 */
export async function renderHtmlReport(ledger: ShownLedger, texts: ReportTextSource, assets: 'inline' | string = 'inline'): Promise<string> {
  return (await collect(htmlReportPieces(ledger, texts, assets))).join('');
}

/**
 * The text of report.html a piece at a time (a group's section, a report's
 * article): the page of a large store is longer than the longest string V8
 * makes (2^29 − 24 characters), so a file or a response is written piece by
 * piece, never joined.
 */
export async function* htmlReportPieces(ledger: ShownLedger, texts: ReportTextSource, assets: 'inline' | string = 'inline'): AsyncGenerator<string> {
  const claims = new Map(ledger.claims.map((c) => [c.id, c]));
  const compared = ledger.groups.filter((g) => g.pairs.length > 0);
  const conflicted = new Set(compared.flatMap((g) => g.pairs.filter((p) => p.relation === 'conflict').flatMap((p) => [p.a, p.b])));
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tally report: ${ledger.documents.length} reports</title>
${assets === 'inline' ? `<style>${STYLES}</style>` : `<link rel="stylesheet" href="${assets}/report.css">`}
</head>
<body>
`;
  yield header(ledger, compared);
  yield '\n';
  yield* groupsHtml(ledger, compared, claims);
  yield '\n';
  yield timelineHtml(ledger);
  yield '\n';
  yield quotesHtml(ledger);
  yield '\n';
  yield* copiesHtml(ledger);
  yield '\n';
  yield* documentsHtml(ledger, texts);
  const data = { groups: compared.map((g) => chartData(g, claims, conflicted)) };
  yield `
<script type="application/json" id="tally-data">${jsonForScript(data)}</script>
${
  assets === 'inline'
    ? `<script>${safeScript(browserBundle('d3'))}</script>
<script>${safeScript(browserBundle('@observablehq/plot'))}</script>
<script>${CLIENT_SCRIPT}</script>`
    : `<script src="${assets}/d3.js"></script>
<script src="${assets}/plot.js"></script>
<script src="${assets}/report.js"></script>`
}
</body>
</html>
`;
}

/** The files a report rendered with linked assets needs, by name. */
export const REPORT_ASSETS: Readonly<Record<string, { readonly type: string; readonly body: () => string }>> = wordTable({
  'report.css': { type: 'text/css; charset=utf-8', body: () => STYLES },
  'd3.js': { type: 'text/javascript; charset=utf-8', body: () => browserBundle('d3') },
  'plot.js': { type: 'text/javascript; charset=utf-8', body: () => browserBundle('@observablehq/plot') },
  'report.js': { type: 'text/javascript; charset=utf-8', body: () => CLIENT_SCRIPT },
});

export function anchorOf(kind: 'c' | 'q', id: string): string {
  return `${kind}-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function header(ledger: ShownLedger, compared: readonly Group[]): string {
  const outlets = new Set(ledger.documents.map((d) => d.outlet).filter(Boolean)).size;
  const dates = ledger.documents.flatMap((d) => (d.published ? [d.published.earliest ?? d.published.value.slice(0, 10)] : [])).sort();
  const span = dates.length > 0 ? `${dates[0]} to ${dates[dates.length - 1]}` : 'undated';
  const conflicts = compared.filter((g) => g.status === 'conflict' || g.status === 'mixed').length;
  const tile = (n: string | number, label: string) => `<div><strong>${h(String(n))}</strong>${h(label)}</div>`;
  return `<header>
<h1>What the reports say</h1>
<p class="note">Generated by ${h(ledger.generator.name)} ${h(ledger.generator.version)} from ${ledger.documents.length} reports. Every figure links to its sentence.</p>
<div class="glance">${tile(ledger.documents.length, 'reports')}${tile(outlets || '—', 'outlets')}${tile(span, 'dates')}${tile(ledger.claims.length, 'figures')}${tile(compared.length, 'measures compared')}${tile(conflicts, 'in conflict')}</div>
<nav aria-label="Sections"><ul><li><a href="#figures">Figures side by side</a></li><li><a href="#timeline">Timeline</a></li><li><a href="#quotes">Quotes</a></li><li><a href="#copies">Copied text</a></li><li><a href="#documents">The reports</a></li></ul></nav>
</header>`;
}

function chartData(g: Group, claims: ReadonlyMap<string, Claim>, conflicted: ReadonlySet<string>) {
  return {
    id: g.id,
    title: groupTitle(g),
    status: g.status,
    unit: g.unit ?? '',
    rows: g.claims.map((id) => {
      const c = claims.get(id)!;
      const low = c.value.low ?? c.value.high ?? 0;
      const high = c.value.high ?? c.value.low ?? 0;
      const open = c.qualifier === 'at_least' || c.qualifier === 'more_than' ? 'up' : c.qualifier === 'at_most' || c.qualifier === 'less_than' ? 'down' : null;
      const said = c.asserted.basis === 'inferred' ? (c.asserted.earliest ?? null) : c.asserted.value;
      return { anchor: anchorOf('c', c.id), label: claimantLabel(c), said, until: c.asserted.basis === 'inferred' ? (c.asserted.latest ?? null) : null, low, high, open, text: c.text, conflict: conflicted.has(c.id) };
    }),
  };
}

/** Who a figure is from, for legends: its family, else the outlet. */
function claimantLabel(c: Claim): string {
  return c.family ?? (c.claimant ? actorName(c.claimant) : 'the outlet itself');
}

function* groupsHtml(ledger: ShownLedger, compared: readonly Group[], claims: ReadonlyMap<string, Claim>): Generator<string> {
  yield '<section id="figures"><h2>Figures side by side</h2>';
  for (const [i, g] of compared.entries()) {
    const rows = g.claims.map((id) => {
      const c = claims.get(id)!;
      const support = c.corroboration ? `${c.corroboration.claimants} claimant${c.corroboration.claimants === 1 ? '' : 's'}, ${c.corroboration.outlets} report${c.corroboration.outlets === 1 ? '' : 's'}` : '';
      return `<tr><td><a href="#${anchorOf('c', c.id)}">${h(formatValue(c))}</a></td><td>${h(c.qualifier)}</td><td>${h(c.claimant ? actorName(c.claimant) : 'the outlet itself')}${c.family ? ` <span class="note">(${h(c.family)})</span>` : ''}</td><td>${h(c.doc)}</td><td>${h(saidWhen(c.asserted) ?? '—')}</td><td>${h(c.time?.text ?? '—')}</td><td>${h(c.place?.text ?? '—')}</td><td>${h(support)}</td><td>“${h(c.text)}”</td></tr>`;
    });
    const notes = [...g.pairs.map((p) => `<li>${h(p.relation.replace('_', ' '))}: ${h(p.reason)}</li>`), ...g.apart.map((a) => `<li>kept apart from ${h(a.group)}: ${h(a.reason)}</li>`)];
    const range = g.low !== null && g.high !== null ? ` Figures from ${h(formatNumber(g.low))} to ${h(formatNumber(g.high))}.` : '';
    yield `${i > 0 ? '\n' : ''}<section aria-labelledby="h-${g.id}">
<h3 id="h-${g.id}">${h(groupTitle(g))} <span class="status status-${g.status}">${h(g.status)}</span></h3>
<p class="note">${g.claims.length} figures.${range} Ringed in red on the chart: figures in conflict. Each claimant has its own symbol.</p>
<figure data-chart="${g.id}" aria-label="${h(`Chart of ${groupTitle(g)}`)}"></figure>
<table><caption class="note">The figures behind the chart</caption><thead><tr><th scope="col">Figure</th><th scope="col">Qualifier</th><th scope="col">Claimant</th><th scope="col">Report</th><th scope="col">Said</th><th scope="col">Time</th><th scope="col">Place</th><th scope="col">Agreeing</th><th scope="col">As written</th></tr></thead><tbody>${rows.join('')}</tbody></table>
${notes.length > 0 ? `<details><summary>How the figures stand (${notes.length})</summary><ul>${notes.join('')}</ul></details>` : ''}
</section>`;
  }
  const alone = ledger.groups.filter((g) => g.pairs.length === 0).flatMap((g) => g.claims.map((id) => claims.get(id)!));
  const single = alone.length > 0 ? `<h3>Figures only one source gives</h3><table><thead><tr><th scope="col">Figure</th><th scope="col">Measure</th><th scope="col">Claimant</th><th scope="col">Report</th><th scope="col">As written</th></tr></thead><tbody>${alone.map((c) => `<tr><td><a href="#${anchorOf('c', c.id)}">${h(formatValue(c))}</a></td><td>${h(c.measure)}</td><td>${h(c.claimant ? actorName(c.claimant) : 'the outlet itself')}</td><td>${h(c.doc)}</td><td>“${h(c.text)}”</td></tr>`).join('')}</tbody></table>` : '';
  yield `${single}</section>`;
}

function timelineHtml(ledger: ShownLedger): string {
  const rows = ledger.events.map((e) => `<tr><td>${h(e.date.start ? e.date.value : `${e.date.value} (“${e.date.text}”)`)}</td><td>${h(e.kind ?? '—')}</td><td>${h([e.doc, ...e.mentions.map((m) => m.doc)].join(', '))}</td><td>“${h(e.summary)}”</td></tr>`);
  return `<section id="timeline"><h2>Timeline</h2>${rows.length > 0 ? `<table><thead><tr><th scope="col">Date</th><th scope="col">What</th><th scope="col">Reports</th><th scope="col">As written</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '<p class="note">No dated events.</p>'}</section>`;
}

function quotesHtml(ledger: ShownLedger): string {
  const parts = quotesBySpeaker(ledger).map(({ name, quotes }) => `<h3>${h(name)}</h3><ul>${quotes.map((q) => `<li><a href="#${anchorOf('q', q.id)}">“${h(q.text)}”</a> <span class="note">${h(q.doc)}</span></li>`).join('')}</ul>`);
  return `<section id="quotes"><h2>Quotes by speaker</h2>${parts.join('') || '<p class="note">No direct quotes.</p>'}</section>`;
}

function* copiesHtml(ledger: ShownLedger): Generator<string> {
  if (ledger.copies.length === 0) {
    yield '<section id="copies"><h2>Copied text</h2><p class="note">No two reports share a passage.</p></section>';
    return;
  }
  yield '<section id="copies"><h2>Copied text</h2><table><thead><tr><th scope="col">Reports</th><th scope="col">Passages</th><th scope="col">Share of the shorter</th><th scope="col">Passages as written</th></tr></thead><tbody>';
  for (const c of ledger.copies) {
    yield `<tr><td>${h(c.docs[0])} and ${h(c.docs[1])}</td><td>${c.passages.length}</td><td>${Math.round(c.share * 100)}%</td><td>${c.passages.map((p) => `“${h(p.text)}”`).join('<br>')}</td></tr>`;
  }
  yield '</tbody></table></section>';
}

async function* documentsHtml(ledger: ShownLedger, texts: ReportTextSource): AsyncGenerator<string> {
  const [claims, quotes, times] = [byDocument(ledger.claims), byDocument(ledger.quotes), byDocument(ledger.times)];
  yield '<section id="documents"><h2>The reports</h2><p class="legend-key note"><span class="figure">figure</span><span class="quote">quote</span><span class="date">date</span></p>';
  for (let i = 0; i < ledger.documents.length; i += TEXTS_AT_A_TIME) {
    const docs = ledger.documents.slice(i, i + TEXTS_AT_A_TIME);
    const held = typeof texts === 'function' ? await texts(docs.filter((d) => d.status !== 'failed').map((d) => d.id)) : texts;
    for (const [k, d] of docs.entries()) yield `${i + k > 0 ? '\n' : ''}${article(d, held.get(d.id), claims, quotes, times)}`;
  }
  yield '</section>';
}

/** A report's text with its figures, quotes and dates marked (`claims`, `quotes`, `times`: the ledger's, by report). */
function article(
  d: LedgerDocument,
  t: ReportText | undefined,
  claims: ReadonlyMap<string, readonly Claim[]>,
  quotes: ReadonlyMap<string, readonly Quote[]>,
  times: ReadonlyMap<string, readonly TimeExpression[]>,
): string {
  if (d.status === 'failed' || !t) return `<article id="doc-${h(d.id)}"><h3>${h(d.id)}</h3><p class="note">Not analysed: ${h(d.messages.find((m) => m.severity === 'error')?.reason ?? 'no text')}</p></article>`;
  const marks: Mark[] = [];
  const add = (span: Span, kind: string, id?: string, title?: string) => {
    const at = t.toText(span);
    if (at) marks.push({ span: at, kind, ...(id ? { id } : {}), ...(title ? { title } : {}) });
  };
  for (const c of claims.get(d.id) ?? []) add(c.span, 'figure', anchorOf('c', c.id), `${formatValue(c)} ${c.measure}${c.claimant ? `, ${actorName(c.claimant)}` : ''}`);
  for (const q of quotes.get(d.id) ?? []) add(q.span, 'quote', anchorOf('q', q.id), q.speaker ? actorName(q.speaker) : undefined);
  for (const tm of times.get(d.id) ?? []) add(tm.span, 'date', undefined, tm.value);
  const meta = [d.outlet, d.published ? (d.published.basis === 'inferred' ? `${d.published.earliest ?? ''}${d.published.latest ? ` – ${d.published.latest}` : ' or later'} (inferred)` : d.published.value) : null].filter(Boolean).join(' · ');
  return `<article id="doc-${h(d.id)}"><h3>${h(d.title ?? d.id)}</h3><p class="note">${h(d.id)}${meta ? ` · ${h(meta)}` : ''}</p><div class="text">${markedText(t.text, marks)}</div></article>`;
}

/** A bundle inlined in a <script> element must not close it early. */
function safeScript(code: string): string {
  return code.replace(/<\/script/gi, '<\\/script');
}
