/** The digest's direct quotes, gathered by speaker across the reports: who said what, and which reports carry it. */
import type { Ledger, Quote } from '../../ledger/schema.js';
import { cell, inline, table } from '../markdown.js';
import { actorName } from './shared.js';

export function quotesSection(ledger: Ledger): string | null {
  if (ledger.quotes.length === 0) return null;
  const names = new Map(ledger.entities.map((e) => [e.id, e.name]));
  const bySpeaker = new Map<string, { name: string; quotes: Quote[] }>();
  for (const q of ledger.quotes) {
    const key = q.speaker ? (q.speaker.entity ?? (q.speaker.name ?? q.speaker.text).toLowerCase()) : '';
    const name = q.speaker ? ((q.speaker.entity && names.get(q.speaker.entity)) ?? q.speaker.name ?? q.speaker.text) : 'Speaker not found';
    const entry = bySpeaker.get(key) ?? { name, quotes: [] };
    entry.quotes.push(q);
    bySpeaker.set(key, entry);
  }
  // the most quoted first; the quotes no speaker was found for last
  const speakers = [...bySpeaker.entries()].sort(([ka, a], [kb, b]) => Number(ka === '') - Number(kb === '') || b.quotes.length - a.quotes.length);
  const parts = speakers.map(([, { name, quotes }]) => {
    const reports = new Set(quotes.map((q) => q.doc)).size;
    const rows = quotes.map((q) => [cell(q.doc), cell(q.speaker ? actorName(q.speaker) : null), cell(`“${q.text}”`)]);
    return `### ${inline(name)}\n\n${quotes.length} quote${quotes.length === 1 ? '' : 's'} in ${reports} report${reports === 1 ? '' : 's'}.\n\n${table(['Report', 'As named', 'Quote'], rows)}`;
  });
  return `## Quotes by speaker\n\n${ledger.quotes.length} direct quote${ledger.quotes.length === 1 ? '' : 's'} from ${speakers.length} speaker${speakers.length === 1 ? '' : 's'}.\n\n${parts.join('\n\n')}`;
}
