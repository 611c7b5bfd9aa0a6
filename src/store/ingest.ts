/**
 * `tally ingest`: adds reports to a store, incrementally. A file whose stamp
 * (size and times, `input-stamp.ts`) is the one the store read under this
 * extractor version is skipped unread. Each other input is read and hashed
 * first, and looked up in the store a batch at a time, as the stamps are (a
 * run reads of the store what its inputs name, not the whole): one already
 * there with the same content hash and extractor version is skipped
 * unanalysed; a new one is analysed and added; a changed one replaces its
 * earlier self (keeping its id). Inputs are read as a stream and written in
 * chunks, each chunk one transaction (`ReportWriter`), so memory holds a few
 * chunks, not the corpus: one being written while the next two are analysed
 * and the one after them read. Analysis runs here or, for a run with many
 * reports to analyse, on a pool of worker threads (`extractPool`): which
 * inputs are to be read is known before any is (`planReads`). At the end,
 * the measure buckets the new claims fall in are grouped again, and nothing
 * else. Running it twice changes nothing the second time.
 *
 * A report with no date of its own is dated by the events of the other
 * reports, of its chunk and of the store (`dateUndatedReports`).
 */
import path from 'node:path';
import { DatedEvents, MAX_PER_DATE, awaitsDating, dateUndatedReports, datedEventsOfAnalysis, type DatedEvent } from '../align/date-undated.js';
import { expandInputs } from '../ingest/inputs.js';
import { readEntries } from '../ingest/entries.js';
import { DEFAULT_MAX_BYTES } from '../ingest/load.js';
import type { BatchMessage, LedgerDocument } from '../ledger/schema.js';
import { GENERATOR } from '../ledger/version.js';
import { PRINT_SCHEME } from '../extract/fingerprint/index.js';
import { loadManifests, manifestEntry } from '../pipeline/analyze.js';
import { defaultConfiguration, type Configuration } from '../pipeline/configuration.js';
import type { Analysis } from '../pipeline/process-doc.js';
import { analyseRaw, sha256Of, type RawReport } from './raw-report.js';
import { holdsUnchanged, type RegroupResult, type Store } from './store.js';
import { StoreEvents, UnseenEvents, type DatingBase } from './dated-events.js';
import type { StampedInput } from './input-stamp.js';
import { planReads } from './read-plan.js';
import { StoreIds } from './store-ids.js';
import { threadsWorthIt } from '../pipeline/threads-worth.js';
import { extractPool } from './extract-pool.js';
import { preparedOf, type PreparedReport } from './prepared-report.js';
import { ReportWriter } from './writer.js';

/** What a report's extract depends on besides its bytes: a new Tally, or a new way of hashing shingles, analyses every report again. */
export const EXTRACTOR_VERSION = `${GENERATOR.name}@${GENERATOR.version} print${PRINT_SCHEME}`;

/** Reports analysed and written together. */
const DEFAULT_CHUNK = 200;

/**
 * Chunks handed to analysis and not yet written, at most, when the next is
 * read. With two, the threads ran out of reports whenever this thread was
 * writing one chunk and reading the next; with three, one is always waiting.
 */
const UNWRITTEN_CHUNKS = 3;

/** Makes a chunk's extracts, prepared for the store; `storeEvents` gives what the store dates by, for dating the reports that carry no date. */
export type ExtractChunk = (reports: readonly RawReport[], storeEvents: () => Promise<DatingBase>) => Promise<PreparedReport[]>;

export interface IngestOptions {
  readonly cwd?: string;
  readonly manifest?: string;
  readonly maxBytes?: number;
  readonly stdin?: NodeJS.ReadableStream;
  readonly config?: Configuration;
  readonly chunk?: number;
  /** makes the extracts of a chunk's reports; by default here, one after another (`extractInThread`), or on `threads` threads */
  readonly extract?: ExtractChunk;
  /** threads that analyse reports (without `extract`), started for a run with `reportsPerThread` reports or more to analyse per thread */
  readonly threads?: number;
  /** default `THREADED_REPORTS_PER_THREAD` (`threads-worth.ts`) */
  readonly reportsPerThread?: number;
  /** called before each input is read */
  readonly onStart?: (index: number, total: number, input: string) => void;
  /** called for each report analysed (after its chunk is written) */
  readonly onReport?: (document: LedgerDocument) => void;
  /** read and hash every input, even a file whose stamp says the store has it as it is */
  readonly rehash?: boolean;
}

export interface IngestResult {
  readonly added: number;
  readonly replaced: number;
  readonly unchanged: number;
  /** documents that could not be analysed (kept in the store with the reason) */
  readonly failed: readonly LedgerDocument[];
  readonly regrouped: RegroupResult;
  /** the threads that analysed the reports: 1 where they were analysed here (or by `extract`) */
  readonly threads: number;
  /** how long the cross-document step at the end took */
  readonly regroupSeconds: number;
  readonly messages: readonly BatchMessage[];
}

export async function ingest(store: Store, inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const cwd = options.cwd ?? process.cwd();
  const read: (StampedInput & { key: string })[] = [];
  const ids = new StoreIds((tried) => store.heldIds(tried));
  const messages: BatchMessage[] = [];
  const { refs, problems } = await expandInputs(inputs, cwd);
  const manifests = await loadManifests(refs, options.manifest ? path.resolve(cwd, options.manifest) : undefined, messages);
  // every input's stamp is looked up before any is read: how many reports there are to analyse decides whether threads are started
  const fileKeys = refs.map((ref) => ref.path ?? inputKey(ref.input, cwd));
  const plan = await planReads(store, refs, fileKeys, EXTRACTOR_VERSION, options.rehash ?? false);
  const threads = options.threads ?? 1;
  const pool = !options.extract && threadsWorthIt(problems.length + plan.toRead, threads, options.reportsPerThread) ? extractPool(threads) : undefined;
  const extract = options.extract ?? pool?.extract ?? extractInThread(options);
  const writer = new ReportWriter(store);
  const size = options.chunk ?? DEFAULT_CHUNK;
  const events = new StoreEvents(store);
  const totals = { added: 0, replaced: 0, unchanged: 0 };
  const failed: LedgerDocument[] = [];

  let pending: RawReport[] = [];
  // chunks are analysed while the ones before them are written, and the next read: the threads are not
  // left idle while this thread writes; writes go one at a time, in order. `writing` is the last chunk's
  // write (each waits for the one before), `unwritten` those not yet awaited before reading more
  let writing: Promise<void> = Promise.resolve();
  const unwritten: Promise<void>[] = [];
  const write = async (chunk: readonly RawReport[], extracts: readonly PreparedReport[]) => {
    const outcome = await writer.write(extracts.map((x, i) => ({ report: x, key: chunk[i]!.key, version: EXTRACTOR_VERSION })));
    for (const k of ['added', 'replaced', 'unchanged'] as const) totals[k] += outcome[k];
    for (const x of extracts) {
      if (x.document.status === 'failed') failed.push(x.document);
      options.onReport?.(x.document);
    }
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = pending;
    pending = [];
    const earlier = writing;
    // an undated report is dated by the store as it stands once every earlier chunk is in
    const extracted = extract(chunk, async () => {
      await earlier;
      return events.get();
    });
    writing = (async () => {
      const extracts = await extracted;
      await earlier;
      await write(chunk, extracts);
    })();
    // a failure is thrown where it is awaited (below, the next flush, or the end), not as an unhandled rejection
    writing.catch(() => undefined);
    unwritten.push(writing);
    if (unwritten.length === UNWRITTEN_CHUNKS) await unwritten.shift();
  };
  const add = async (r: RawReport) => {
    pending.push(r);
    if (pending.length >= size) await flush();
  };
  // the reports read are looked up in the store a batch at a time, not by listing the whole store first:
  // a run that finds most files by their stamps looks up only the few it reads
  let unresolved: Unresolved[] = [];
  const resolve = async () => {
    const batch = unresolved;
    unresolved = [];
    const known = await store.reportsOf(batch.map((u) => u.report.key));
    const changed = batch.filter(({ report, sha256 }) => sha256 === undefined || !holdsUnchanged(known.get(report.key), sha256, EXTRACTOR_VERSION));
    totals.unchanged += batch.length - changed.length;
    // a report the store holds keeps its id; a new one gets the next its file name suggests
    const fresh = await ids.next(changed.flatMap(({ report }) => (known.has(report.key) ? [] : [report.input])));
    let next = 0;
    for (const { report } of changed) await add({ ...report, id: known.get(report.key)?.id ?? fresh[next++]! });
  };
  const look = async (report: Omit<RawReport, 'id'>, sha256?: string) => {
    unresolved.push(sha256 === undefined ? { report } : { report, sha256 });
    if (unresolved.length >= size) await resolve();
  };

  const total = refs.length + problems.length;
  let index = 0;
  const named = (input: string) => ({ key: inputKey(input, cwd), input });
  try {
    for (const p of problems) {
      options.onStart?.(index++, total, p.input);
      await look({ ...named(p.input), ext: '', bytes: null, problem: { rule: p.rule, reason: p.reason } });
    }
    for (const [i, ref] of refs.entries()) {
      options.onStart?.(index++, total, ref.input);
      const stamp = plan.stamps[i]!;
      if (plan.held[i]! >= 0) {
        totals.unchanged += plan.held[i]!;
        continue;
      }
      const manifest = ref.path ? manifestEntry(manifests, ref) : undefined;
      let entries = 0;
      let whole = true;
      for await (const r of readEntries(ref, options.maxBytes ?? DEFAULT_MAX_BYTES, options.stdin)) {
        if (!r.ok) {
          whole = false;
          await look({ ...named(r.input), ext: '', bytes: null, problem: { rule: r.rule, reason: r.reason } });
          continue;
        }
        entries++;
        const { entry } = r;
        const report = { ...named(entry.input), ext: entry.ext, bytes: entry.bytes, ...(manifest ? { manifest } : {}), ...(entry.container ? { container: entry.container } : {}) };
        await look(report, sha256Of(entry.bytes));
      }
      // a file some of whose reports could not be read is read again next time
      if (stamp && whole) read.push({ key: fileKeys[i]!, ...stamp, version: EXTRACTOR_VERSION, entries });
    }
    await resolve();
    await flush();
    await writing;
    // stamped once every report of the run is in: a run stopped half-way reads its files again (and finds them by hash)
    await store.stampInputs(read);
  } finally {
    // the threads' memory is given back before the cross-document step (and on a failure)
    await pool?.close();
  }
  const started = performance.now();
  const regrouped = await store.merging(() => store.regroup());
  return { ...totals, failed, regrouped, threads: pool?.threads ?? 1, regroupSeconds: (performance.now() - started) / 1000, messages };
}

/** A report read whose earlier self, if any, is not looked up yet; `sha256` is its content's hash (none for an input that could not be read). */
interface Unresolved {
  readonly report: Omit<RawReport, 'id'>;
  readonly sha256?: string;
}

/** The key a store knows an input by: its absolute path, or the URL or `-` as given. */
export function inputKey(input: string, cwd: string): string {
  return input === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : path.resolve(cwd, input);
}

/** Analyses a chunk's reports here, one after another, and dates the undated ones by the others and the store's (indexed once, then grown). */
export function extractInThread(options: Pick<IngestOptions, 'config'>): ExtractChunk {
  const config = options.config ?? defaultConfiguration();
  const unseen = new UnseenEvents();
  let index = new DatedEvents(MAX_PER_DATE);
  return async (reports, storeEvents) => {
    // a report's analysis is made into its extract at once, and let go, unless the others may date it
    const out: PreparedReport[] = [];
    const waiting: { at: number; analysis: Analysis }[] = [];
    const batch = { ids: reports.map((r) => r.id), events: [] as DatedEvent[] };
    reports.forEach((r, at) => {
      const analysis = analyseRaw(r, config);
      batch.events.push(...datedEventsOfAnalysis(analysis));
      if (awaitsDating(analysis)) waiting.push({ at, analysis });
      else out[at] = preparedOf(analysis);
    });
    if (waiting.length === 0) return out;
    const base = await storeEvents();
    const { added, fresh } = unseen.take(base.events);
    if (fresh) index = new DatedEvents(MAX_PER_DATE);
    index.add(added, false).countAs(base.stems, base.clauses, base.latest);
    dateUndatedReports(waiting.map((w) => w.analysis), batch, index).forEach((analysis, k) => (out[waiting[k]!.at] = preparedOf(analysis)));
    return out;
  };
}
