/**
 * One search thread: its own read-only connection to the store's SQLite file,
 * answering one search at a time (see search-pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { sqliteSearch, type SearchHit, type SearchOptions } from './search.js';

export interface SearchRequest {
  readonly ticket: number;
  readonly words: readonly string[];
  readonly options: SearchOptions;
}

export type SearchReply = { readonly ticket: number; readonly hits: SearchHit[] } | { readonly ticket: number; readonly error: string };

const db = new Database((workerData as { file: string }).file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 10000');
const statements = new Map<string, Database.Statement>();

parentPort!.on('message', (request: SearchRequest) => {
  try {
    const { sql, params } = sqliteSearch(request.words, request.options);
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    parentPort!.postMessage({ ticket: request.ticket, hits: statement.all(...params) as SearchHit[] } satisfies SearchReply);
  } catch (e) {
    parentPort!.postMessage({ ticket: request.ticket, error: (e as Error).message } satisfies SearchReply);
  }
});
