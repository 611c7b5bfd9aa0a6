/**
 * The golden files of one analysed document, as the strings they should hold:
 * - expected.txt: the clean text
 * - expected-structure.txt: each block with its kind, each sentence on its own line
 * - expected-document.json: the document's ledger record (metadata, messages with spans)
 * - expected-claims.txt: its claims as the ledger has them (with their claimant), then the figures ruled out and why
 * - expected-attributions.txt: its attributions (source → who it is, cue, content), then its quotes with their speakers
 * - expected-times.txt: its time expressions with their values and periods, then its dated events
 * and, for the corpus as a whole, expected-digest.md: the digest of the batch (figures side by side, quotes by
 * speaker, timeline, copied text).
 * Shared by the golden test and scripts/update-golden.ts.
 */
import { toAttributions, toQuotes } from '../../src/ledger/attributions.js';
import { toLedgerDocument } from '../../src/ledger/document.js';
import { toClaims } from '../../src/ledger/claims.js';
import { mergeEntities } from '../../src/ledger/entities.js';
import { toEvents, toTimes } from '../../src/ledger/times.js';
import type { Analysis } from '../../src/pipeline/process-doc.js';
import type { Ledger } from '../../src/ledger/schema.js';
import { renderDigest } from '../../src/report/digest.js';
import { formatValue } from '../../src/report/format.js';

export const GOLDEN_CORPORA = ['kursk-2025'] as const;

export const CORPUS_DIGEST = 'expected-digest.md';

/** The digest of the whole batch, as `tally analyze` writes it. */
export function goldenDigest(ledger: Ledger): string {
  return renderDigest(ledger);
}

export function goldenFiles(analysis: Analysis): Record<string, string> {
  const { doc, figures } = analysis;
  const index = mergeEntities([analysis]);
  const actor = (a: { text: string; name: string | null } | null): string => (a ? (a.name && a.name !== a.text ? `${a.text} = ${a.name}` : a.text) : '-');
  const structure: string[] = [];
  doc.blocks.forEach((block, i) => {
    structure.push(`[${block.kind}]`);
    for (const s of doc.sentences.filter((x) => x.block === i)) structure.push(`  ${doc.text.slice(s.range.start, s.range.end)}`);
  });
  const claims = toClaims(analysis, index).map((c) =>
    [
      `“${c.text}” [${c.span.start}, ${c.span.end})`,
      formatValue(c),
      c.qualifier,
      `unit=${c.unit ?? '-'}`,
      `counted=${c.counted?.text ?? '-'}`,
      `measure=${c.measure}`,
      `modality=${c.modality}`,
      ...(c.change ? [`change=${c.change.direction}`] : []),
      ...(c.time ? [`time=“${c.time.text}” ${c.time.start ?? '…'}/${c.time.end ?? '…'}`] : []),
      ...(c.place ? [`place=${c.place.text}`] : []),
      `asserted=${c.asserted.basis === 'inferred' ? `${c.asserted.earliest ?? '?'}/${c.asserted.latest ?? '?'}` : (c.asserted.value ?? '?')} (${c.asserted.basis === 'text' ? `“${c.asserted.text}”` : c.asserted.basis})`,
      `claimant=${actor(c.claimant)}${c.via.map((v) => ` via ${actor(v)}`).join('')}`,
    ].join(' | '),
  );
  const attributions = toAttributions(analysis, index).map((a) => `[${a.rule}] source=${actor(a.source)} | cue=${a.cue?.text ?? '-'} | content=${a.content.text}`);
  const quotes = toQuotes(analysis, index).map((q) => `“${q.text}” [${q.span.start}, ${q.span.end}) | speaker=${actor(q.speaker)}`);
  const times = toTimes(analysis).map((t) => `“${t.text}” [${t.span.start}, ${t.span.end}) | ${t.type} ${t.value}${t.period ? ` | ${t.period.start}/${t.period.end}` : ''}${t.signal ? ` | ${t.signal.relation}` : ''} | ${t.rule}`);
  const events = toEvents(analysis).map((e) => `${e.date.value} (“${e.date.text}”) | ${e.kind ?? '-'} | ${e.summary.replace(/\s+/g, ' ')}`);
  const ruledOut = figures.filter((f) => f.role !== 'claim').map((f) => `“${doc.text.slice(f.range.start, f.range.end)}” ${f.role}${f.reason ? ` (${f.reason})` : ''}`);
  return {
    'expected.txt': `${doc.text}\n`,
    'expected-structure.txt': `${structure.join('\n')}\n`,
    'expected-document.json': `${JSON.stringify(toLedgerDocument(doc), null, 2)}\n`,
    'expected-claims.txt': `${[...claims, '', '# not claims', ...ruledOut].join('\n')}\n`,
    'expected-attributions.txt': `${['# attributions', ...attributions, '', '# quotes', ...quotes].join('\n')}\n`,
    'expected-times.txt': `${['# times', ...times, '', '# events', ...events].join('\n')}\n`,
  };
}
