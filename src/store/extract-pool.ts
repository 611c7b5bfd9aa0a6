/**
 * Extraction on every core: a pool of worker threads (piscina), each
 * analysing whole reports. Reports that carry no date come back marked and
 * are analysed again here, where they can be dated by the chunk's other
 * reports and by the store's (`dateUndatedReports`); they are few.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { dateUndatedReports } from '../align/date-undated.js';
import { datedEventsOf } from './dated-events.js';
import { docExtract, type DocExtract } from '../ledger/doc-extract.js';
import { defaultConfiguration } from '../pipeline/configuration.js';
import type { ExtractChunk } from './ingest.js';
import { analyseRaw, type RawReport } from './raw-report.js';

export interface ExtractPool {
  readonly extract: ExtractChunk;
  readonly threads: number;
  close(): Promise<void>;
}

/** The worker's file: the compiled one next to this module, or its source through tsx when running from source. */
function workerFile(): string {
  const fromSource = import.meta.url.endsWith('.ts');
  return fileURLToPath(new URL(fromSource ? './extract-worker-dev.mjs' : './extract-worker.js', import.meta.url));
}

export function extractPool(threads = availableParallelism()): ExtractPool {
  const pool = new Piscina({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 60_000 });
  const config = defaultConfiguration();
  const extract: ExtractChunk = async (reports, storeEvents) => {
    const results = await Promise.all(reports.map((r) => pool.run(r) as Promise<{ extract: DocExtract; undated: boolean }>));
    if (!results.some((r) => r.undated)) return results.map((r) => r.extract);
    const chunkEvents = results.flatMap((r) => datedEventsOf(r.extract));
    const others = [...chunkEvents, ...(await storeEvents())];
    return Promise.all(
      results.map(async (r, i) => {
        if (!r.undated) return r.extract;
        const [dated] = dateUndatedReports([analyseRaw(reports[i]!, config)], others);
        return docExtract(dated!);
      }),
    );
  };
  return { extract, threads, close: () => pool.destroy() };
}

export type { RawReport };
