/**
 * `tally ingest`: adds reports to a store, incrementally. An input already
 * in the store with the same content hash and extractor version is skipped;
 * a new one is analysed and added; a changed one replaces its earlier self
 * (keeping its id). Reports are read as a stream and written in chunks, each
 * chunk one transaction; the entity registry and the copy finder look only at
 * what a chunk could touch (the store's entities by name, earlier reports
 * through sampled shingles). At the end, the measure buckets the new claims
 * fall in are grouped again, and nothing else. Running it twice changes
 * nothing the second time.
 *
 * A report with no date of its own is dated by the events of the other
 * reports, of its chunk and of the store (`dateUndatedReports`).
 */
import path from 'node:path';
import type { Doc } from '../core/doc.js';
import { dateUndatedReports, isUndated, type DatedEvent } from '../align/date-undated.js';
import { docExtract, type DocExtract } from '../ledger/doc-extract.js';
import type { BatchMessage } from '../ledger/schema.js';
import { GENERATOR } from '../ledger/version.js';
import { IdAllocator, loadDocuments, type AnalyzeOptions } from '../pipeline/analyze.js';
import { defaultConfiguration } from '../pipeline/configuration.js';
import { processDoc, type Analysis } from '../pipeline/process-doc.js';
import type { RegroupResult, Store } from './store.js';
import { ReportWriter } from './writer.js';

/** What a report's extract depends on besides its bytes: a new Tally analyses every report again. */
export const EXTRACTOR_VERSION = `${GENERATOR.name}@${GENERATOR.version}`;

/** Reports analysed and written together. */
const DEFAULT_CHUNK = 200;

export interface IngestOptions extends Omit<AnalyzeOptions, 'idFor'> {
  readonly chunk?: number;
  /** makes the extracts of a chunk's documents; by default in this thread (`extractInThread`) */
  readonly extract?: ExtractChunk;
}

export interface IngestResult {
  readonly added: number;
  readonly replaced: number;
  readonly unchanged: number;
  /** documents that could not be analysed (kept in the store with the reason) */
  readonly failed: readonly DocExtract['document'][];
  readonly regrouped: RegroupResult;
  readonly messages: readonly BatchMessage[];
}

export async function ingest(store: Store, inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const cwd = options.cwd ?? process.cwd();
  const known = await store.reports();
  const ids = new IdAllocator([...known.values()].map((r) => r.id));
  const keyOf = (input: string) => inputKey(input, cwd);
  const messages: BatchMessage[] = [];
  const writer = new ReportWriter(store);
  const totals = { added: 0, replaced: 0, unchanged: 0 };
  const failed: DocExtract['document'][] = [];
  const extract = options.extract ?? extractInThread(options);
  let dated: Promise<DatedEvent[]> | undefined;
  const storeEvents = () => (dated ??= store.datedEvents());
  const size = options.chunk ?? DEFAULT_CHUNK;
  let pending: Doc[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const extracts = await extract(pending, storeEvents);
    const outcome = await writer.write(extracts.map((x, i) => ({ extract: x, key: keyOf(pending[i]!.input), version: EXTRACTOR_VERSION })));
    for (const k of ['added', 'replaced', 'unchanged'] as const) totals[k] += outcome[k];
    failed.push(...extracts.filter((x) => x.document.status === 'failed').map((x) => x.document));
    pending = [];
  };
  const idFor = (input: string) => known.get(keyOf(input))?.id ?? ids.next(input);
  for await (const { doc, index, total } of loadDocuments(inputs, { ...options, idFor }, messages)) {
    const previous = known.get(keyOf(doc.input));
    if (previous && previous.sha256 !== '' && previous.sha256 === doc.sha256 && previous.version === EXTRACTOR_VERSION) {
      totals.unchanged++;
      options.onDocument?.(doc, index, total);
      continue;
    }
    pending.push(doc);
    options.onDocument?.(doc, index, total);
    if (pending.length >= size) await flush();
  }
  await flush();
  const regrouped = await store.regroup();
  return { ...totals, failed, regrouped, messages };
}

/** The key a store knows an input by: its absolute path, or the URL or `-` as given. */
export function inputKey(input: string, cwd: string): string {
  return input === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : path.resolve(cwd, input);
}

/** Makes a chunk's extracts; `storeEvents` gives the store's dated events, for dating the reports that carry no date. */
export type ExtractChunk = (docs: readonly Doc[], storeEvents: () => Promise<DatedEvent[]>) => Promise<DocExtract[]>;

/** Analyses a chunk's documents here, one after another, and dates the undated ones by the others and the store's. */
export function extractInThread(options: Pick<IngestOptions, 'config'>): ExtractChunk {
  const config = options.config ?? defaultConfiguration();
  return async (docs, storeEvents) => {
    const analyses: Analysis[] = docs.map((d) => processDoc(d, config));
    const others = analyses.some(isUndated) ? await storeEvents() : [];
    return dateUndatedReports(analyses, others).map(docExtract);
  };
}
