/**
 * A batch: expand the inputs, read the manifests, load and process each
 * document in turn, and build the ledger. A document that fails keeps its place
 * in the ledger with the reason; the batch always finishes.
 */
import path from 'node:path';
import { failedDoc, type Doc } from '../core/doc.js';
import { expandInputs, type InputRef } from '../ingest/inputs.js';
import { readEntries } from '../ingest/entries.js';
import { DEFAULT_MAX_BYTES, documentFromBytes } from '../ingest/load.js';
import { findManifest, readManifest, type Manifest, type ManifestEntry } from '../ingest/manifest.js';
import { dateUndatedReports } from '../align/date-undated.js';
import { buildLedger } from '../ledger/build.js';
import type { BatchMessage, Ledger } from '../ledger/schema.js';
import { defaultConfiguration, type Configuration } from './configuration.js';
import { processDoc, type Analysis } from './process-doc.js';
import { analysisPool, type AnalysisPool } from './analysis-pool.js';
import { threadsWorthIt } from './threads-worth.js';
import { endWithout } from '../core/text-scan.js';

export interface AnalyzeOptions {
  readonly cwd?: string;
  readonly manifest?: string;
  readonly maxBytes?: number;
  readonly config?: Configuration;
  readonly stdin?: NodeJS.ReadableStream;
  /** called before each document is read */
  readonly onStart?: (index: number, total: number, input: string) => void;
  /** called after each document is done */
  readonly onDocument?: (doc: Doc, index: number, total: number) => void;
  /** the id of each input (a store keeps the ids it gave before); by default, short ids from the file names */
  readonly idFor?: (input: string) => string;
  /** threads that analyse documents (`analysis-pool.ts`), with the default configuration only; by default, this one */
  readonly threads?: number;
  /** a batch with fewer documents than this per thread is analysed here (default `THREADED_REPORTS_PER_THREAD`, `threads-worth.ts`) */
  readonly reportsPerThread?: number;
}

export interface AnalyzeResult {
  readonly ledger: Ledger;
  readonly analyses: Analysis[];
  readonly docs: Doc[];
  /** documents that could not be analysed */
  readonly failed: Doc[];
}

/** Documents handed to each thread before the first is waited for: enough that none waits for the next. */
const UNDER_WAY_PER_THREAD = 8;

export async function analyze(inputs: readonly string[], options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const config = options.config ?? defaultConfiguration();
  const batch: BatchMessage[] = [];
  const analyses: Analysis[] = [];
  const threads = options.config ? 1 : (options.threads ?? 1);
  let pool: AnalysisPool | undefined;
  try {
    // in the order read, a few documents per thread under way
    const underWay: Promise<{ analysis: Analysis; index: number; total: number }>[] = [];
    const done = async () => {
      const { analysis, index, total } = await underWay.shift()!;
      analyses.push(analysis);
      options.onDocument?.(analysis.doc, index, total);
    };
    for await (const { doc, index, total } of loadDocuments(inputs, options, batch)) {
      // the batch as far as it is known: threads cost more than they save on a small one
      if (!pool && threadsWorthIt(total, threads, options.reportsPerThread)) pool = analysisPool(threads);
      const next = pool ? pool.analyse(doc).then((analysis) => ({ analysis, index, total })) : Promise.resolve({ analysis: processDoc(doc, config), index, total });
      // a failed thread fails every document under way: the first awaited says so, the others are not left unhandled
      next.catch(() => undefined);
      underWay.push(next);
      if (underWay.length >= (pool ? threads * UNDER_WAY_PER_THREAD : 1)) await done();
    }
    while (underWay.length > 0) await done();
  } finally {
    await pool?.close();
  }
  const dated = dateUndatedReports(analyses);
  const docs = dated.map((a) => a.doc);
  return { ledger: buildLedger(dated, batch), analyses: dated, docs, failed: docs.filter((d) => d.status === 'failed') };
}

/**
 * The documents of a batch as loaded, in order: inputs that could not be
 * expanded first (as failed documents), then each input read and decoded,
 * with what its manifest says applied. Problems of the batch as a whole go
 * into `batch`.
 */
export async function* loadDocuments(
  inputs: readonly string[],
  options: Omit<AnalyzeOptions, 'config' | 'onDocument'>,
  batch: BatchMessage[],
): AsyncGenerator<{ doc: Doc; index: number; total: number }> {
  const cwd = options.cwd ?? process.cwd();
  const { refs, problems } = await expandInputs(inputs, cwd);
  const manifests = await loadManifests(refs, options.manifest ? path.resolve(cwd, options.manifest) : undefined, batch);
  const ids = new IdAllocator();
  const idFor = options.idFor ?? ((input: string) => ids.next(input));
  // a feed or an archive holds many documents: the total grows as they are read
  let total = refs.length + problems.length;
  let index = 0;
  for (const p of problems) yield { doc: failedDoc(idFor(p.input), p.input, p.rule, p.reason), index: index++, total };
  for (const [i, ref] of refs.entries()) {
    options.onStart?.(index, total, ref.input);
    const manifest = ref.path ? manifestEntry(manifests, ref) : undefined;
    let first = true;
    for await (const r of readEntries(ref, options.maxBytes ?? DEFAULT_MAX_BYTES, options.stdin)) {
      if (!first) total = Math.max(total, index + refs.length - i);
      first = false;
      const doc = r.ok
        ? documentFromBytes(r.entry.bytes, { id: idFor(r.entry.input), input: r.entry.input, ext: r.entry.ext }, manifest, r.entry.container)
        : failedDoc(idFor(r.input), r.input, r.rule, r.reason);
      yield { doc, index: index++, total };
    }
  }
}

/** The manifests of a batch: the one named, and those found beside its inputs; their problems go into `batch`. */
export async function loadManifests(refs: readonly InputRef[], explicit: string | undefined, batch: BatchMessage[]): Promise<Manifest[]> {
  const out: Manifest[] = [];
  const record = (m: Manifest): void => {
    out.push(m);
    for (const p of m.problems) batch.push({ rule: 'ingest/manifest', severity: 'warning', reason: p, input: m.file });
  };
  if (explicit) {
    try {
      record(await readManifest(explicit));
    } catch (e) {
      batch.push({ rule: 'ingest/manifest', severity: 'error', reason: (e as Error).message, input: explicit });
    }
  }
  const roots = new Set(refs.map((r) => r.root ?? (r.path ? path.dirname(r.path) : undefined)).filter((r): r is string => !!r));
  for (const root of roots) {
    const m = await findManifest(root);
    if (m && !out.some((o) => o.file === m.file)) record(m);
  }
  return out;
}

/** What a manifest says of an input. */
export function manifestEntry(manifests: readonly Manifest[], ref: InputRef): ManifestEntry | undefined {
  for (const m of manifests) {
    const e = m.entries.get(ref.path!);
    if (e) return e;
  }
  return undefined;
}

/** The id an input's file name suggests ("002_f5a5.txt" → "002_f5a5"), before it is made unique. */
export function idBase(input: string): string {
  if (input === '-') return 'stdin';
  const slug = path.basename(input).replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-');
  let start = 0;
  while (slug[start] === '-') start++;
  return slug.slice(start, Math.max(start, endWithout(slug, (ch) => ch === '-'))) || 'document';
}

/** Short, stable, unique document ids from file names. */
export class IdAllocator {
  private readonly used: Set<string>;

  constructor(taken: Iterable<string> = []) {
    this.used = new Set(taken);
  }

  next(input: string): string {
    return this.take(idBase(input));
  }

  /** The first of a base's tries that no id given or taken holds. */
  take(base: string): string {
    for (const id of idTries(base)) {
      if (this.used.has(id)) continue;
      this.used.add(id);
      return id;
    }
    throw new Error('unreachable: a base has tries without end');
  }
}

/** The ids a base may be given, in the order tried: "002_f5a5", then "002_f5a5-2", "002_f5a5-3"… */
export function* idTries(base: string): Generator<string, never> {
  yield base;
  for (let n = 2; ; n++) yield `${base}-${n}`;
}
