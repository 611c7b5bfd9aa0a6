/**
 * Full-text search over the reports' article text and their quotes: SQLite's
 * FTS5 (Porter stemming) or PostgreSQL's `tsvector` (English), behind one
 * call. The query is words, all of which must match; the user's text is
 * never passed as query syntax.
 */
import type { ReportWrite } from './store.js';
import type { SqlDriver, SqlValue } from './sql.js';

export interface SearchHit {
  readonly doc: string;
  readonly kind: 'document' | 'quote';
  /** the document's or the quote's id */
  readonly ref: string;
  /** the matching stretch, matched words between [ and ] */
  readonly snippet: string;
}

export interface SearchOptions {
  readonly kind?: SearchHit['kind'];
  readonly limit?: number;
}

/** The rows a report adds to the search index: its article text, and each quote. */
export function searchRows(w: Pick<ReportWrite, 'document' | 'body' | 'quotes'>): SqlValue[][] {
  if (w.document.status !== 'ok') return [];
  return [[searchable(w.body), w.document.id, 'document', w.document.id], ...w.quotes.map((q) => [searchable(q.text), w.document.id, 'quote', q.id])];
}

/** Text as the index keeps it: NUL (which PostgreSQL's text cannot hold) as a space. */
export function searchable(text: string): string {
  return text.includes('\u0000') ? text.replace(/\u0000/g, ' ') : text;
}

/** The words of a query: letters and digits only, so the user's text is never query syntax. */
export function queryWords(query: string): string[] {
  return query.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function limitOf(options: SearchOptions): number {
  return Math.max(1, Math.min(options.limit ?? 50, 1000));
}

/** SQLite's search statement and its parameters, for the store's connection and the search threads' own. */
export function sqliteSearch(words: readonly string[], options: SearchOptions): { sql: string; params: SqlValue[] } {
  const match = words.map((w) => `"${w}"`).join(' ');
  const kind = options.kind ? ' AND kind = ?' : '';
  return {
    // the best rows are chosen first and only they get a snippet: a snippet is the costly part, and every match would get one before the sort;
    // rank is bm25 (FTS5's default), read without touching the unindexed columns: ordering by them too made the choice three times slower
    sql: `SELECT doc, kind, ref, snippet(search, 0, '[', ']', '…', 16) AS snippet FROM search
     WHERE search MATCH ? AND rowid IN (SELECT rowid FROM search WHERE search MATCH ?${kind} ORDER BY rank LIMIT ?)
     ORDER BY rank, doc, ref`,
    params: [match, match, ...(options.kind ? [options.kind] : []), limitOf(options)],
  };
}

export async function searchStore(db: SqlDriver, query: string, options: SearchOptions): Promise<SearchHit[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  if (db.dialect === 'postgres') {
    const kind = options.kind ? ' AND kind = ?' : '';
    return db.all<SearchHit & Record<string, unknown>>(
      `SELECT doc, kind, ref, ts_headline('english', body, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet
       FROM (SELECT doc, kind, ref, body, q, ts_rank(tsv, q) AS score FROM search, plainto_tsquery('english', ?) q WHERE tsv @@ q${kind} ORDER BY score DESC, doc, ref LIMIT ?) best
       ORDER BY score DESC, doc, ref`,
      [words.join(' '), ...(options.kind ? [options.kind] : []), limitOf(options)],
    );
  }
  const { sql, params } = sqliteSearch(words, options);
  return db.all<SearchHit & Record<string, unknown>>(sql, params);
}
