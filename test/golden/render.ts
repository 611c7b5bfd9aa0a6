/**
 * The golden files of one analysed document, as the strings they should hold:
 * - expected.txt: the clean text
 * - expected-structure.txt: each block with its kind, each sentence on its own line
 * - expected-document.json: the document's ledger record (metadata, messages with spans)
 * Shared by the golden test and scripts/update-golden.ts.
 */
import type { Doc } from '../../src/core/doc.js';
import { toLedgerDocument } from '../../src/ledger/build.js';

export const GOLDEN_CORPORA = ['kursk-2025'] as const;

export function goldenFiles(doc: Doc): Record<string, string> {
  const structure: string[] = [];
  doc.blocks.forEach((block, i) => {
    structure.push(`[${block.kind}]`);
    for (const s of doc.sentences.filter((x) => x.block === i)) structure.push(`  ${doc.text.slice(s.range.start, s.range.end)}`);
  });
  return {
    'expected.txt': `${doc.text}\n`,
    'expected-structure.txt': `${structure.join('\n')}\n`,
    'expected-document.json': `${JSON.stringify(toLedgerDocument(doc), null, 2)}\n`,
  };
}
