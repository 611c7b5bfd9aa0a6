/**
 * Extraction on every core: worker threads, each analysing whole reports.
 * A report that carries no date comes back marked with what could date it;
 * the thread that analysed it keeps its analysis, and is sent the dated
 * events of the chunk's other reports and of the store that match
 * (`dateUndatedReports`), so the report is dated without being analysed
 * twice. That is why a task goes back to the thread that had it, and why
 * the pool is this small one and not a general-purpose one.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { threadFile } from './thread-file.js';
import type { DatedEvent } from '../align/date-undated.js';
import type { DocExtract } from '../ledger/doc-extract.js';
import type { ExtractChunk } from './ingest.js';
import type { RawReport } from './raw-report.js';
import type { ExtractReply, ExtractRequest } from './extract-worker.js';

export interface ExtractPool {
  readonly extract: ExtractChunk;
  readonly threads: number;
  close(): Promise<void>;
}

/** One thread and the requests it has not answered yet. */
class Lane {
  readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (r: ExtractReply) => void; reject: (e: Error) => void }>();
  load = 0;

  constructor(file: string) {
    this.worker = new Worker(file);
    this.worker.on('message', (reply: ExtractReply) => {
      const w = this.waiting.get(reply.ticket)!;
      this.waiting.delete(reply.ticket);
      this.load--;
      w.resolve(reply);
    });
    this.worker.on('error', (e) => {
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
    });
  }

  ask(request: ExtractRequest): Promise<ExtractReply> {
    this.load++;
    return new Promise((resolve, reject) => {
      this.waiting.set(request.ticket, { resolve, reject });
      this.worker.postMessage(request);
    });
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
    if (!replies.some((r) => r.wants)) return replies.map((r) => r.extract!);
    const dated = [...replies.flatMap((r) => r.dated ?? []), ...(await storeEvents())];
    return Promise.all(
      replies.map(async (r, i): Promise<DocExtract> => {
        if (!r.wants) return r.extract!;
        // the thread that analysed it still holds the analysis: it only dates it
        return (await asked[i]!.lane.ask({ ticket: ++ticket, kind: 'date', id: reports[i]!.id, others: couldDate(dated, r.wants) })).extract!;
      }),
    );
  };
  return { extract, threads, close: async () => void (await Promise.all(lanes.map((l) => l.worker.terminate()))) };
}

/** Dated events sent with one undated report, at most (the earliest reports first). */
const MAX_OTHERS = 2000;

/** The dated events of the kinds (and months) an undated report's events have: what it is dated with. */
function couldDate(dated: readonly DatedEvent[], wants: NonNullable<ExtractReply['wants']>): DatedEvent[] {
  const match = (d: DatedEvent) => wants.some((w) => w.kind === d.kind && (w.month === null || (Number(d.start.slice(5, 7)) === w.month && d.start.slice(0, 7) === d.end.slice(0, 7))));
  return dated.filter(match).slice(0, MAX_OTHERS);
}

export type { RawReport };
