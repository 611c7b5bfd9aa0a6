/**
 * Extraction on every core: worker threads, each analysing whole reports.
 * A report that carries no date comes back marked; the thread that analysed
 * it keeps its analysis, and is sent the dated events of the chunk's other
 * reports and those of the store it has not had yet (`dateUndatedReports`),
 * so the report is dated without being analysed twice and the store's events
 * cross to each thread once. That is why a task goes back to the thread that
 * had it, and why the pool is this small one and not a general-purpose one.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { threadFile } from './thread-file.js';
import { UnseenEvents } from './dated-events.js';
import type { DocExtract } from '../ledger/doc-extract.js';
import type { ExtractChunk } from './ingest.js';
import type { RawReport } from './raw-report.js';
import type { ExtractReply, ExtractRequest } from './extract-worker.js';

export interface ExtractPool {
  readonly extract: ExtractChunk;
  readonly threads: number;
  close(): Promise<void>;
}

/**
 * How many requests a thread holds at once: two, so that it starts the next
 * as soon as it answers one, while the rest wait here, where a date request
 * can go before them (the chunk it finishes is waited on; the analyses
 * queued behind it belong to a later chunk).
 */
const IN_FLIGHT = 2;

/** One thread, the requests it is working on, and those waiting their turn. */
class Lane {
  readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (r: ExtractReply) => void; reject: (e: Error) => void }>();
  private readonly queue: ExtractRequest[] = [];
  private sent = 0;
  /** the store's dated events this thread has not been sent yet */
  readonly unseen = new UnseenEvents();

  constructor(file: string) {
    this.worker = new Worker(file);
    this.worker.on('message', (reply: ExtractReply) => {
      const w = this.waiting.get(reply.ticket)!;
      this.waiting.delete(reply.ticket);
      this.sent--;
      this.pump();
      w.resolve(reply);
    });
    this.worker.on('error', (e) => {
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
      this.queue.length = 0;
    });
  }

  /** requests asked and not answered: those the thread holds and those waiting here */
  get load(): number {
    return this.sent + this.queue.length;
  }

  ask(request: ExtractRequest): Promise<ExtractReply> {
    return new Promise((resolve, reject) => {
      this.waiting.set(request.ticket, { resolve, reject });
      // a date request goes after the date requests waiting, before the analyses
      const at = request.kind === 'date' ? this.queue.findIndex((q) => q.kind !== 'date') : -1;
      this.queue.splice(at === -1 ? this.queue.length : at, 0, request);
      this.pump();
    });
  }

  private pump(): void {
    for (; this.sent < IN_FLIGHT && this.queue.length > 0; this.sent++) this.worker.postMessage(this.queue.shift()!);
  }
}

export function extractPool(threads = availableParallelism()): ExtractPool {
  const file = threadFile(import.meta.url, 'extract-worker');
  const lanes = Array.from({ length: threads }, () => new Lane(file));
  let ticket = 0;
  const extract: ExtractChunk = async (reports, storeEvents) => {
    const asked = reports.map((report) => {
      const lane = lanes.reduce((a, b) => (b.load < a.load ? b : a));
      return { lane, reply: lane.ask({ ticket: ++ticket, kind: 'analyse', report }) };
    });
    const replies = await Promise.all(asked.map((a) => a.reply));
    const out = replies.map((r) => r.extract);
    if (!replies.some((r) => r.wants)) return out as DocExtract[];
    const chunk = replies.flatMap((r) => r.dated ?? []);
    const store = await storeEvents();
    // the thread that analysed a report still holds the analysis: it only dates it
    await Promise.all(
      lanes.map(async (lane) => {
        const mine = asked.flatMap((a, i) => (a.lane === lane && replies[i]!.wants ? [i] : []));
        if (mine.length === 0) return;
        const { added, fresh } = lane.unseen.take(store.events);
        const counts = { stems: store.stems, clauses: store.clauses, latest: store.latest };
        const reply = await lane.ask({ ticket: ++ticket, kind: 'date', ids: mine.map((i) => reports[i]!.id), chunk, store: added, fresh, counts });
        mine.forEach((i, k) => (out[i] = reply.extracts![k]!));
      }),
    );
    return out as DocExtract[];
  };
  return { extract, threads, close: async () => void (await Promise.all(lanes.map((l) => l.worker.terminate()))) };
}

export type { RawReport };
