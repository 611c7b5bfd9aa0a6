/**
 * The golden files of one analysed document, as the strings they should hold:
 * - expected.txt: the clean text
 * - expected-structure.txt: each block with its kind, each sentence on its own line
 * - expected-document.json: the document's ledger record (metadata, messages with spans)
 * - expected-claims.txt: its claims as the ledger has them, then the figures ruled out and why
 * Shared by the golden test and scripts/update-golden.ts.
 */
import { toLedgerDocument } from '../../src/ledger/build.js';
import { toClaims } from '../../src/ledger/claims.js';
import type { Analysis } from '../../src/pipeline/process-doc.js';
import { formatValue } from '../../src/report/format.js';

export const GOLDEN_CORPORA = ['kursk-2025'] as const;

export function goldenFiles({ doc, figures }: Analysis): Record<string, string> {
  const structure: string[] = [];
  doc.blocks.forEach((block, i) => {
    structure.push(`[${block.kind}]`);
    for (const s of doc.sentences.filter((x) => x.block === i)) structure.push(`  ${doc.text.slice(s.range.start, s.range.end)}`);
  });
  const claims = toClaims(doc, figures).map((c) =>
    [
      `“${c.text}” [${c.span.start}, ${c.span.end})`,
      formatValue(c),
      c.qualifier,
      `unit=${c.unit ?? '-'}`,
      `counted=${c.counted?.text ?? '-'}`,
      `measure=${c.measure}`,
      `modality=${c.modality}`,
      ...(c.change ? [`change=${c.change.direction}`] : []),
      ...(c.time ? [`time=“${c.time.text}”`] : []),
    ].join(' | '),
  );
  const ruledOut = figures.filter((f) => f.role !== 'claim').map((f) => `“${doc.text.slice(f.range.start, f.range.end)}” ${f.role}${f.reason ? ` (${f.reason})` : ''}`);
  return {
    'expected.txt': `${doc.text}\n`,
    'expected-structure.txt': `${structure.join('\n')}\n`,
    'expected-document.json': `${JSON.stringify(toLedgerDocument(doc), null, 2)}\n`,
    'expected-claims.txt': `${[...claims, '', '# not claims', ...ruledOut].join('\n')}\n`,
  };
}
