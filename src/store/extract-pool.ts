/**
 * Extraction on every core: worker threads, each analysing whole reports.
 * A report that carries no date comes back marked; the thread that analysed
 * it keeps its analysis, and is sent the dated events of the chunk's other
 * reports and those of the store it has not had yet (`dateUndatedReports`),
 * so the report is dated without being analysed twice and the store's events
 * cross to each thread once. That is why a date request goes to the thread
 * that had its reports, and why the pool is this small one and not a
 * general-purpose one.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { threadFile } from '../core/thread-file.js';
import { asError } from '../core/as-error.js';
import { UnseenEvents } from './dated-events.js';
import type { PreparedReport } from './prepared-report.js';
import type { ExtractChunk } from './ingest.js';
import type { RawReport } from './raw-report.js';
import type { ExtractReply, ExtractRequest } from './extract-worker.js';

export interface ExtractPool {
  readonly extract: ExtractChunk;
  readonly threads: number;
  close(): Promise<void>;
}

/**
 * How many requests a thread holds at once. A thread is handed more only
 * when this thread reads its answers, and this thread does not while it
 * writes a chunk (one synchronous transaction, up to a few hundred
 * milliseconds, against two or three per report analysed). Holding two, the
 * threads sat idle through every write: about 40 % of their time on 10,000
 * reports. Holding 100, they work through it. The rest wait in the pool, and
 * a thread takes the next when it answers, so one that drew shorter reports
 * takes more.
 */
const IN_FLIGHT = 100;

interface Waiting {
  readonly request: ExtractRequest;
  readonly resolve: (answer: { reply: ExtractReply; lane: Lane }) => void;
  readonly reject: (e: Error) => void;
}

/** One thread and the requests it is working on. */
class Lane {
  readonly worker: Worker;
  private readonly working = new Map<number, Waiting>();
  /** date requests for this thread's reports: they go before any analysis still in the pool */
  readonly dates: Waiting[] = [];
  /** the store's dated events this thread has not been sent yet */
  readonly unseen = new UnseenEvents();
  /** why the thread stopped, once it has */
  failure: Error | undefined;

  constructor(file: string, private readonly next: () => Waiting | undefined, onFailure: () => void) {
    this.worker = new Worker(file);
    this.worker.on('message', (reply: ExtractReply) => {
      const w = this.working.get(reply.ticket)!;
      this.working.delete(reply.ticket);
      this.pump();
      w.resolve({ reply, lane: this });
    });
    this.worker.on('error', (thrown) => {
      const e = asError(thrown, 'an extraction thread failed');
      this.failure = e;
      for (const w of [...this.working.values(), ...this.dates]) w.reject(e);
      this.working.clear();
      this.dates.length = 0;
      onFailure();
    });
  }

  pump(): void {
    if (this.failure) for (const w of this.dates.splice(0)) w.reject(this.failure);
    while (!this.failure && this.working.size < IN_FLIGHT) {
      const w = this.dates.shift() ?? this.next();
      if (!w) return;
      this.working.set(w.request.ticket, w);
      this.worker.postMessage(w.request);
    }
  }
}

export function extractPool(threads = availableParallelism()): ExtractPool {
  const file = threadFile(import.meta.url, 'extract-worker');
  const analyses: Waiting[] = [];
  // the analyses waiting fail with the last thread standing
  const onFailure = () => {
    const failure = lanes.every((l) => l.failure) ? lanes[0]!.failure : undefined;
    if (failure) for (const w of analyses.splice(0)) w.reject(failure);
  };
  const lanes: Lane[] = Array.from({ length: threads }, () => new Lane(file, () => analyses.shift(), onFailure));
  let ticket = 0;
  const ask = (request: ExtractRequest, lane?: Lane) =>
    new Promise<{ reply: ExtractReply; lane: Lane }>((resolve, reject) => {
      const w = { request, resolve, reject };
      if (lane) lane.dates.push(w);
      else analyses.push(w);
      for (const l of lane ? [lane] : lanes) l.pump();
      onFailure();
    });
  const extract: ExtractChunk = async (reports, storeEvents) => {
    const answers = await Promise.all(reports.map((report) => ask({ ticket: ++ticket, kind: 'analyse', report })));
    const out = answers.map((a) => a.reply.extract);
    if (!answers.some((a) => a.reply.wants)) return out as PreparedReport[];
    const chunk = { ids: reports.map((r) => r.id), events: answers.flatMap((a) => a.reply.dated ?? []) };
    const store = await storeEvents();
    // the thread that analysed a report still holds the analysis: it only dates it
    await Promise.all(
      lanes.map(async (lane) => {
        const mine = answers.flatMap((a, i) => (a.lane === lane && a.reply.wants ? [i] : []));
        if (mine.length === 0) return;
        const { added, fresh } = lane.unseen.take(store.events);
        const counts = { stems: store.stems, clauses: store.clauses, latest: store.latest };
        const { reply } = await ask({ ticket: ++ticket, kind: 'date', ids: mine.map((i) => reports[i]!.id), chunk, store: added, fresh, counts }, lane);
        mine.forEach((i, k) => (out[i] = reply.extracts![k]!));
      }),
    );
    return out as PreparedReport[];
  };
  return { extract, threads, close: async () => void (await Promise.all(lanes.map((l) => l.worker.terminate()))) };
}

export type { RawReport };
