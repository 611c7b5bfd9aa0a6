/**
 * Full-text search on its own threads, for `tally serve` on a SQLite store:
 * better-sqlite3 answers synchronously, so a search that ranks thousands of
 * matching reports holds the server's only thread and every other request
 * waits behind it. Here each thread keeps a read-only connection (the
 * write-ahead log lets readers run beside the writer) and takes the next
 * search from one first-come, first-served queue.
 */
import { Worker } from 'node:worker_threads';
import { threadFile } from '../core/thread-file.js';
import { queryWords, type SearchHit, type SearchOptions } from './search.js';
import type { SearchReply, SearchRequest } from './search-worker.js';

interface Pending {
  readonly request: SearchRequest;
  resolve(hits: SearchHit[]): void;
  reject(error: Error): void;
}

export class SearchPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private tickets = 0;
  private closed = false;

  constructor(
    private readonly file: string,
    threads: number,
  ) {
    for (let i = 0; i < Math.max(1, threads); i++) this.idle.push(this.spawn());
  }

  search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const words = queryWords(query);
    if (words.length === 0) return Promise.resolve([]);
    if (this.closed) return Promise.reject(new Error('the search threads are closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { ticket: ++this.tickets, words, options }, resolve, reject });
      this.next();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('the search threads are closed'));
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private next(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.postMessage(pending.request);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(threadFile(import.meta.url, 'search-worker'), { workerData: { file: this.file } });
    worker.on('message', (reply: SearchReply) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (pending) {
        if ('error' in reply) pending.reject(new Error(reply.error));
        else pending.resolve(reply.hits);
      }
      this.next();
    });
    // a thread that dies takes its search with it; a new one takes its place
    worker.on('error', (e) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      pending?.reject(e);
      if (!this.closed) {
        this.idle.push(this.spawn());
        this.next();
      }
    });
    worker.unref();
    return worker;
  }
}
