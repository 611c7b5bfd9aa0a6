/** The digest's direct quotes, gathered by speaker across the reports: who said what, and which reports carry it. */
import type { ShownLedger } from '../../ledger/schema.js';
import { cell, inline, table } from '../markdown.js';
import { actorName, quotesBySpeaker } from './shared.js';

export function quotesSection(ledger: ShownLedger): string | null {
  if (ledger.quotes.length === 0) return null;
  const speakers = quotesBySpeaker(ledger);
  const parts = speakers.map(({ name, quotes }) => {
    const reports = new Set(quotes.map((q) => q.doc)).size;
    const rows = quotes.map((q) => [cell(q.doc), cell(q.speaker ? actorName(q.speaker) : null), cell(`“${q.text}”`)]);
    return `### ${inline(name)}\n\n${quotes.length} quote${quotes.length === 1 ? '' : 's'} in ${reports} report${reports === 1 ? '' : 's'}.\n\n${table(['Report', 'As named', 'Quote'], rows)}`;
  });
  return `## Quotes by speaker\n\n${ledger.quotes.length} direct quote${ledger.quotes.length === 1 ? '' : 's'} from ${speakers.length} speaker${speakers.length === 1 ? '' : 's'}.\n\n${parts.join('\n\n')}`;
}
