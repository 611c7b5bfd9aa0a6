/** The digest's list of reports that share passages word for word: copied wire text is not independent confirmation. */
import type { ShownLedger } from '../../ledger/schema.js';
import { cell, table } from '../markdown.js';

export function copiesSection(ledger: ShownLedger): string | null {
  if (ledger.copies.length === 0) return null;
  const rows = ledger.copies.map((c) => {
    const words = c.passages.reduce((n, p) => n + p.words, 0);
    const text = c.passages[0]!.text;
    return [cell(`${c.docs[0]} and ${c.docs[1]}`), cell(c.passages.length), cell(words), cell(`${Math.round(c.share * 100)}%`), cell(`“${text.length > 160 ? `${text.slice(0, 160)}…` : text}”`)];
  });
  return `## Copied text\n\n${ledger.copies.length} pair${ledger.copies.length === 1 ? '' : 's'} of reports share passages word for word; a figure they share only through such a passage counts once.\n\n${table(['Reports', 'Passages', 'Shared words', 'Share of the shorter', 'First passage'], rows)}`;
}
