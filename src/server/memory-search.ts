/**
 * Search for a server that holds a ledger in memory, not a store: the
 * reports' clean texts and the quotes that hold every word of the query
 * (whole words, any case), with a stretch around the first match. A store
 * answers the same call from its full-text index (`Store.search`).
 */
import type { ShownLedger } from '../ledger/schema.js';
import type { ReportText } from '../report/html/report.js';
import type { SearchHit, SearchOptions } from '../store/search.js';

export function searchInMemory(ledger: ShownLedger, texts: ReadonlyMap<string, ReportText>, query: string, options: SearchOptions = {}): SearchHit[] {
  const words = (query.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu'));
  if (words.length === 0) return [];
  const limit = options.limit ?? 50;
  const out: SearchHit[] = [];
  const consider = (doc: string, kind: SearchHit['kind'], ref: string, text: string) => {
    if (out.length >= limit || !words.every((w) => w.test(text))) return;
    const m = words[0]!.exec(text)!;
    const from = Math.max(0, m.index - 60);
    const to = Math.min(text.length, m.index + m[0].length + 60);
    out.push({ doc, kind, ref, snippet: `${from > 0 ? '…' : ''}${text.slice(from, m.index)}[${m[0]}]${text.slice(m.index + m[0].length, to)}${to < text.length ? '…' : ''}` });
  };
  if (options.kind !== 'quote') for (const d of ledger.documents) consider(d.id, 'document', d.id, texts.get(d.id)?.text ?? '');
  if (options.kind !== 'document') for (const q of ledger.quotes) consider(q.doc, 'quote', q.id, q.text);
  return out;
}
