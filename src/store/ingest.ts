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
import { bucketOf } from '../align/groups.js';
import { findCopies } from '../align/copies.js';
import { winnow } from '../align/winnow.js';
import { withPassageText } from '../ledger/build.js';
import { docExtract, fingerprintOf, resolveEntities, type DocExtract } from '../ledger/doc-extract.js';
import { EntityRegistry } from '../ledger/entities.js';
import type { BatchMessage, Claim } from '../ledger/schema.js';
import { GENERATOR } from '../ledger/version.js';
import { IdAllocator, loadDocuments, type AnalyzeOptions } from '../pipeline/analyze.js';
import { defaultConfiguration } from '../pipeline/configuration.js';
import { processDoc, type Analysis } from '../pipeline/process-doc.js';
import type { ReportWrite, RegroupResult, Store, StoredReport } from './store.js';

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
  const writer = new ChunkWriter(store, new EntityRegistry(await store.entitySeeds()), await store.nextSeq());
  const extract = options.extract ?? extractInThread(options);
  let dated: Promise<DatedEvent[]> | undefined;
  const storeEvents = () => (dated ??= store.datedEvents());
  const size = options.chunk ?? DEFAULT_CHUNK;
  let pending: { doc: Doc; previous: StoredReport | undefined }[] = [];
  let unchanged = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const extracts = await extract(pending.map((p) => p.doc), storeEvents);
    await writer.write(extracts.map((x, i) => ({ extract: x, key: keyOf(pending[i]!.doc.input), previous: pending[i]!.previous })));
    pending = [];
  };
  const idFor = (input: string) => known.get(keyOf(input))?.id ?? ids.next(input);
  for await (const { doc, index, total } of loadDocuments(inputs, { ...options, idFor }, messages)) {
    const previous = known.get(keyOf(doc.input));
    if (previous && previous.sha256 !== '' && previous.sha256 === doc.sha256 && previous.version === EXTRACTOR_VERSION) {
      unchanged++;
      options.onDocument?.(doc, index, total);
      continue;
    }
    pending.push({ doc, previous });
    options.onDocument?.(doc, index, total);
    if (pending.length >= size) await flush();
  }
  await flush();
  const regrouped = await store.regroup();
  return { added: writer.added, replaced: writer.replaced, unchanged, failed: writer.failed, regrouped, messages };
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

/** Turns chunks of extracts into store writes: entity ids from the registry, claim buckets, copies with earlier reports. */
class ChunkWriter {
  added = 0;
  replaced = 0;
  readonly failed: DocExtract['document'][] = [];

  constructor(
    private readonly store: Store,
    private readonly registry: EntityRegistry,
    private seq: number,
  ) {}

  async write(chunk: readonly { extract: DocExtract; key: string; previous: StoredReport | undefined }[]): Promise<void> {
    const reports: ReportWrite[] = [];
    for (const { extract: x, key, previous } of chunk) {
      this.registry.addMentions(x.document.id, x.mentions);
      const { claims, attributions, quotes } = resolveEntities(x, (doc, k) => this.registry.idOfKey(doc, k));
      const byId = new Map<string, Claim>(claims.map((c) => [c.id, c]));
      const print = fingerprintOf(x);
      reports.push({
        key,
        seq: previous?.seq ?? this.seq++,
        version: EXTRACTOR_VERSION,
        document: x.document,
        source: x.source,
        body: x.body,
        map: x.map,
        claims: claims.map((claim) => ({ claim, bucket: bucketOf(claim, byId) })),
        attributions,
        quotes,
        times: x.times,
        events: x.events,
        mentions: [],
        print,
        sample: winnow(print.hashes),
      });
      if (previous) this.replaced++;
      else this.added++;
      if (x.document.status === 'failed') this.failed.push(x.document);
    }
    const changed = this.registry.takeChanged();
    const mentionsOf = new Map<string, { entity: string; span: { start: number; end: number } }[]>();
    for (const { seed, mentions } of changed) {
      for (const m of mentions) {
        const list = mentionsOf.get(m.doc) ?? [];
        list.push({ entity: seed.entity.id, span: m.span });
        mentionsOf.set(m.doc, list);
      }
    }
    const withMentions = reports.map((r) => ({ ...r, mentions: (mentionsOf.get(r.document.id) ?? []).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end) }));
    await this.store.writeReports({
      reports: withMentions,
      replaced: chunk.flatMap((c) => (c.previous ? [c.previous.id] : [])),
      entities: changed.map((c) => c.seed),
      copies: await this.copies(withMentions, new Set(chunk.flatMap((c) => (c.previous ? [c.previous.id] : [])))),
    });
  }

  /** Copies between the chunk's reports, and between each and the earlier reports that share sampled shingles with it. */
  private async copies(reports: readonly ReportWrite[], replaced: ReadonlySet<string>) {
    const own = new Set(reports.map((r) => r.document.id));
    const exclude = new Set([...own, ...replaced]);
    const candidates = await this.store.copyCandidates(
      reports.flatMap((r) => r.sample),
      exclude,
    );
    const prints = await this.store.prints(candidates);
    const found = findCopies([
      ...candidates.flatMap((doc) => (prints.has(doc) ? [{ doc, print: prints.get(doc)! }] : [])),
      ...reports.map((r) => ({ doc: r.document.id, print: r.print })),
    ]).filter((c) => own.has(c.docs[0]) || own.has(c.docs[1]));
    const sources = new Map(reports.map((r) => [r.document.id, r.source]));
    const missing = [...new Set(found.map((c) => c.docs[0]).filter((d) => !sources.has(d)))];
    for (const [id, source] of await this.store.sources(missing)) sources.set(id, source);
    return withPassageText(found, (doc) => sources.get(doc)!);
  }
}
