/**
 * `tally analyze` on every core: threads that each analyse whole documents
 * with the default configuration (`processDoc`), their analyses handed back
 * whole, so that the batch is dated and its ledger built as in one thread.
 * A store's ingest has its own pool (`store/extract-pool.ts`), whose threads
 * hand back what the store writes instead.
 */
import { Worker } from 'node:worker_threads';
import type { Doc } from '../core/doc.js';
import { threadFile } from '../core/thread-file.js';
import { asError } from '../core/as-error.js';
import { analysisFromWire, docToWire } from './analysis-wire.js';
import type { AnalysisReply, AnalysisRequest } from './analysis-thread.js';
import type { Analysis } from './process-doc.js';

export interface AnalysisPool {
  analyse(doc: Doc): Promise<Analysis>;
  close(): Promise<void>;
}

interface Waiting {
  readonly resolve: (a: Analysis) => void;
  readonly reject: (e: Error) => void;
}

export function analysisPool(threads: number): AnalysisPool {
  const file = threadFile(import.meta.url, 'analysis-thread');
  const waiting = new Map<number, Waiting>();
  const load = new Map<Worker, number>();
  let failure: Error | undefined;
  let closing = false;
  // a thread that fails takes the batch down, as a failure in this one would
  const fail = (e: Error) => {
    failure ??= e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(file);
    load.set(worker, 0);
    worker.on('message', ({ ticket, analysis }: AnalysisReply) => {
      load.set(worker, load.get(worker)! - 1);
      const w = waiting.get(ticket)!;
      waiting.delete(ticket);
      w.resolve(analysisFromWire(analysis));
    });
    worker.on('error', (e) => fail(asError(e, 'an analysis thread failed')));
    worker.on('exit', (code) => {
      if (!closing) fail(new Error(`an analysis thread stopped (exit code ${code})`));
    });
    return worker;
  });
  let ticket = 0;
  return {
    analyse: (doc) =>
      new Promise<Analysis>((resolve, reject) => {
        if (failure) return reject(failure);
        // the thread with the fewest documents waiting
        const worker = workers.reduce((best, w) => (load.get(w)! < load.get(best)! ? w : best));
        load.set(worker, load.get(worker)! + 1);
        waiting.set(++ticket, { resolve, reject });
        worker.postMessage({ ticket, doc: docToWire(doc) } satisfies AnalysisRequest);
      }),
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
