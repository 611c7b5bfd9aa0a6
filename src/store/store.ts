/**
 * The store: a ledger kept in a database and grown report by report. It
 * holds what each report gave (its extract: document, claims, attributions,
 * quotes, times, events, entity mentions, fingerprint) and what the align
 * stage made across them (entities, copies, groups); `ledger()` reads it back
 * as the same ledger `tally analyze` writes, working out each claim's
 * corroboration from its group and the copies as it reads (stored, it would
 * be rewritten for most claims on every run). Runs on any `SqlDriver`
 * (SQLite embedded, PostgreSQL for scale-out) with the same statements.
 *
 * Writes come in two steps, each one transaction: `writeReports` adds the
 * reports of a chunk and marks the buckets their claims fall in;
 * `regroup` groups those buckets again. A crash between the two leaves the
 * buckets marked, and the next run regroups them.
 */
import type { Fingerprint } from '../extract/fingerprint/index.js';
import { ALL_PAIRS_UP_TO, type EarlierCounts, type FoundCopy } from '../align/copies.js';
import { winnow } from '../align/winnow.js';
import { collect } from '../core/collect.js';
import { IdAllocator } from '../pipeline/analyze.js';
import { fillClaimColumnsIfMissing } from './claim-cells.js';
import type { PreparedReport } from './prepared-report.js';
import { regroupStore, type RegroupResult } from './regroup.js';
import { claimMatches, type ClaimFilter, type ClaimMatches } from './claim-query.js';
import { LedgerReader } from './ledger-reader.js';
import { packBody, unpackBody } from './body-codec.js';
import { addDating, buildDatingIfMissing, readDating, removeDating, type StoreDating } from './dating-index.js';
import type { StampedInput } from './input-stamp.js';
import type { EntitySeed } from '../ledger/entities.js';
import type { DocExtract } from '../ledger/doc-extract.js';
import { OffsetMap } from '../core/offset-map.js';
import { reportText } from '../report/html/texts.js';
import type { ReportText } from '../report/html/report.js';
import type { BatchMessage, Ledger, LedgerEvent, ShownLedger } from '../ledger/schema.js';
import { ledgerOf } from '../ledger/build.js';
import { decodePrint, encodePrint } from './print-codec.js';
import { countRows, inLists, insertMany, marks, type SqlDriver, type SqlValue } from './sql.js';
import { migrate } from './migrations.js';
import { existsSync } from 'node:fs';
import { searchRows, searchStore, type SearchHit, type SearchOptions } from './search.js';
import { SearchPool } from './search-pool.js';

/** A report as the store knows it, to tell new and changed inputs from those already in. */
export interface StoredReport {
  readonly id: string;
  readonly seq: number;
  readonly sha256: string;
  readonly version: string;
}

type StoredRow = { input: string; id: string; seq: number; sha256: string; version: string };
const STORED_COLUMNS = 'input, id, seq, sha256, version';
/** the `tally_meta` key counting replaced reports */
const REPLACEMENTS = 'replacements';
const storedEntry = (r: StoredRow): [string, StoredReport] => [r.input, { id: r.id, seq: Number(r.seq), sha256: r.sha256, version: r.version }];

/** Whether the store holds an input as it is now: same content, analysed by the same extractor version (nothing to do). */
export function holdsUnchanged(stored: StoredReport | undefined, sha256: string, version: string): boolean {
  return stored !== undefined && stored.sha256 !== '' && stored.sha256 === sha256 && stored.version === version;
}

/** One report to add: its prepared extract with the batch's entity ids in its records and its mentions, and where it goes in the ledger's order. */
export interface ReportWrite extends Omit<PreparedReport, 'mentions'> {
  readonly key: string;
  readonly seq: number;
  readonly version: string;
  readonly mentions: readonly { entity: string; span: { start: number; end: number } }[];
}

export interface ChunkWrite {
  readonly reports: readonly ReportWrite[];
  /** reports these replace (changed inputs): removed first, their buckets regrouped */
  readonly replaced: readonly string[];
  readonly entities: readonly EntitySeed[];
  /** kept as spans: the reader takes each passage's text from its first report's source */
  readonly copies: readonly FoundCopy[];
  /** the store's counts of the reports' sampled shingles as the writer read them for the copies (`earlierCounts`), so they are not read twice */
  readonly earlier?: EarlierCounts;
}

export type { RegroupResult };

export class Store {
  private searchPool: SearchPool | null = null;

  private constructor(readonly db: SqlDriver) {}

  static async on(db: SqlDriver): Promise<Store> {
    await migrate(db);
    await buildDatingIfMissing(db);
    await fillClaimColumnsIfMissing(db);
    return new Store(db);
  }

  /** The same store through a connection of its own (for a writer beside readers, or readers beside a writer). */
  async another(): Promise<Store> {
    return Store.on(await this.db.another());
  }

  get location(): string {
    return this.db.location;
  }

  async close(): Promise<void> {
    await this.searchPool?.close();
    await this.db.close();
  }

  /**
   * Runs full-text searches on `threads` threads of their own, each with a
   * read-only connection, so that a server's searches neither queue behind
   * one another nor hold its other requests (SQLite files only; PostgreSQL
   * answers without holding the thread).
   */
  searchOnThreads(threads: number): void {
    if (this.db.dialect !== 'sqlite' || this.searchPool || !existsSync(this.db.location)) return;
    this.searchPool = new SearchPool(this.db.location, threads);
  }

  /** Which of these ids the store's reports hold (a new one must not take them). */
  async heldIds(ids: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const part of inLists(ids)) {
      for (const r of await this.db.all<{ id: string }>(`SELECT id FROM documents WHERE id IN (${marks(part.length)})`, part)) out.add(r.id);
    }
    return out;
  }

  /** The reports of the inputs given, by key (those the store holds). */
  async reportsOf(keys: readonly string[]): Promise<Map<string, StoredReport>> {
    const out = new Map<string, StoredReport>();
    for (const part of inLists(keys)) {
      for (const r of await this.db.all<StoredRow>(`SELECT ${STORED_COLUMNS} FROM documents WHERE input IN (${marks(part.length)})`, part)) out.set(...storedEntry(r));
    }
    return out;
  }

  /** Of the input files given (by key), those the store has read in full, with their stamps: what a later ingest may skip unread. */
  async stampsOf(keys: readonly string[]): Promise<Map<string, StampedInput>> {
    const out = new Map<string, StampedInput>();
    for (const part of inLists(keys)) {
      const rows = await this.db.all<{ input: string; size: number; mtime: string; ctime: string; version: string; entries: number }>(
        `SELECT input, size, mtime, ctime, version, entries FROM input_files WHERE input IN (${marks(part.length)})`,
        part,
      );
      for (const r of rows) out.set(r.input, { size: Number(r.size), mtime: r.mtime, ctime: r.ctime, version: r.version, entries: Number(r.entries) });
    }
    return out;
  }

  /** Keeps the stamps of input files read in full (one transaction). */
  async stampInputs(files: readonly (StampedInput & { key: string })[]): Promise<void> {
    await this.db.transaction(() =>
      insertMany(
        this.db,
        'INSERT INTO input_files (input, size, mtime, ctime, version, entries)',
        6,
        files.map((f) => [f.key, f.size, f.mtime, f.ctime, f.version, f.entries]),
        'ON CONFLICT (input) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, ctime = excluded.ctime, version = excluded.version, entries = excluded.entries',
      ),
    );
  }

  async nextSeq(): Promise<number> {
    const [row] = await this.db.all<{ m: number | null }>('SELECT max(seq) AS m FROM documents');
    return row?.m === null || row?.m === undefined ? 1 : Number(row.m) + 1;
  }

  async entitySeeds(): Promise<EntitySeed[]> {
    return (await this.entitySeedsSince(-1)).seeds;
  }

  /** The entities written or changed after revision `rev`, and the latest revision: how a writer catches up with the others. */
  async entitySeedsSince(rev: number): Promise<{ seeds: EntitySeed[]; rev: number }> {
    const rows = await this.db.all<{ seed: string; rev: number }>('SELECT seed, rev FROM entities WHERE rev > ? ORDER BY n', [rev]);
    return { seeds: rows.map((r) => JSON.parse(r.seed) as EntitySeed), rev: rows.reduce((m, r) => Math.max(m, Number(r.rev)), rev) };
  }

  /**
   * Runs `fn` as the only writer: one transaction, and on PostgreSQL a lock
   * every process that writes reports takes, so that workers on many machines
   * add their chunks one at a time (their analyses run in parallel).
   */
  merging<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.transaction(async () => {
      if (this.db.dialect === 'postgres') await this.db.run('SELECT pg_advisory_xact_lock(7361002)');
      return fn();
    });
  }

  /**
   * The ids of inputs, kept for them from the moment they are queued: an
   * input keeps the id it has in the store or was given before; a new one
   * gets the first of base, base-2, base-3… that no other input holds.
   */
  async reserveIds(inputs: readonly { key: string; base: string }[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    await this.merging(async () => {
      for (const { key, base } of inputs) {
        const [had] = await this.db.all<{ id: string }>('SELECT id FROM documents WHERE input = ? UNION ALL SELECT id FROM reserved_ids WHERE input = ?', [key, key]);
        if (had) {
          out.set(key, had.id);
          continue;
        }
        const taken = new Set(
          (await this.db.all<{ id: string }>("SELECT id FROM documents WHERE id = ? OR id LIKE ? UNION SELECT id FROM reserved_ids WHERE id = ? OR id LIKE ?", [base, `${base}-%`, base, `${base}-%`])).map((r) => r.id),
        );
        const id = new IdAllocator(taken).take(base);
        await this.db.run('INSERT INTO reserved_ids (input, id) VALUES (?, ?)', [key, id]);
        out.set(key, id);
      }
    });
    return out;
  }

  /**
   * Earlier reports that may share text with a report, from its sampled
   * shingles: for each, the first few reports that have it (all the store
   * keeps), earliest first. The caller leaves out the shingles that are
   * boilerplate (`boilerplateSampled`), which would point at the first
   * reports of the whole store.
   */
  async copyCandidates(sample: readonly number[], exclude: ReadonlySet<string>): Promise<string[]> {
    const found = new Map<string, number>();
    for (const part of inLists([...new Set(sample)])) {
      // each report once, not once per shingle
      const rows = await this.db.all<{ doc: string; seq: number }>(`SELECT doc, MIN(seq) AS seq FROM shingles WHERE hash IN (${marks(part.length)}) GROUP BY doc`, part);
      for (const r of rows) if (!exclude.has(r.doc)) found.set(r.doc, Number(r.seq));
    }
    return [...found.entries()].sort((a, b) => a[1] - b[1]).map(([doc]) => doc);
  }

  /**
   * What the store knows for telling boilerplate in a chunk's copies: how
   * many reports it holds and how many have each of the chunk's sampled
   * shingles, the reports the chunk replaces left out.
   */
  async earlierCounts(sample: readonly number[], replacing: readonly string[]): Promise<EarlierCounts> {
    const [{ n } = { n: 0 }] = await this.db.all<{ n: number }>('SELECT count(*) AS n FROM documents');
    const shingles = await this.shingleCounts(sample);
    for (const [hash, taken] of await this.sampledBy(replacing)) {
      const count = shingles.get(hash);
      if (count !== undefined) shingles.set(hash, count - taken);
    }
    return { documents: Number(n) - replacing.length, shingles };
  }

  /** How many of these reports have each shingle in their sample (`winnow` of their prints, as when they were written). */
  private async sampledBy(ids: readonly string[]): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    for (const print of (await this.prints(ids)).values()) {
      for (const hash of new Set(winnow(print.hashes))) out.set(hash, (out.get(hash) ?? 0) + 1);
    }
    return out;
  }

  private async shingleCounts(sample: readonly number[]): Promise<Map<number, number>> {
    const counts = new Map<number, number>();
    for (const part of inLists([...new Set(sample)])) {
      for (const r of await this.db.all<{ hash: number; n: number }>(`SELECT hash, n FROM shingle_counts WHERE hash IN (${marks(part.length)})`, part)) counts.set(Number(r.hash), Number(r.n));
    }
    return counts;
  }

  /** How many times reports have been replaced in this store: a writer that keeps earlier reports' prints (`PrintCache`) drops them when it moves. */
  async replacements(): Promise<number> {
    const [row] = await this.db.all<{ value: string }>('SELECT value FROM tally_meta WHERE key = ?', [REPLACEMENTS]);
    return row ? Number(row.value) : 0;
  }

  async prints(ids: readonly string[]): Promise<Map<string, Fingerprint>> {
    const out = new Map<string, Fingerprint>();
    for (const part of inLists(ids)) {
      for (const r of await this.db.all<{ doc: string; data: Uint8Array }>(`SELECT doc, data FROM prints WHERE doc IN (${marks(part.length)})`, part)) out.set(r.doc, decodePrint(r.data));
    }
    return out;
  }

  /** Adds a chunk of reports, the entities they changed and the copies found, in one transaction; returns the entity revision it wrote. */
  async writeReports(chunk: ChunkWrite): Promise<number> {
    const db = this.db;
    return db.transaction(async () => {
      for (const part of inLists(chunk.replaced)) {
        const events = await db.all<{ record: string }>(`SELECT record FROM items WHERE kind = 'event' AND doc IN (${marks(part.length)})`, part);
        await removeDating(db, events.map((r) => JSON.parse(r.record) as LedgerEvent));
        await db.run(`INSERT INTO dirty_buckets (bucket, lost) SELECT DISTINCT bucket, 1 FROM claims WHERE doc IN (${marks(part.length)}) ON CONFLICT (bucket) DO UPDATE SET lost = 1`, part);
        if (db.dialect === 'sqlite') await db.run(`DELETE FROM search WHERE doc IN (${marks(part.length)})`, part);
        // a replaced report no longer counts toward boilerplate (a live page ingested again and again is not most of the store)
        const counted = [...(await this.sampledBy(part))].map(([hash, n]) => [hash, -n]);
        await insertMany(db, 'INSERT INTO shingle_counts (hash, n)', 2, counted, 'ON CONFLICT (hash) DO UPDATE SET n = shingle_counts.n + excluded.n');
        await db.run(`DELETE FROM documents WHERE id IN (${marks(part.length)})`, part);
      }
      if (chunk.replaced.length > 0) {
        await db.run(
          'INSERT INTO tally_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(tally_meta.value AS BIGINT) + 1 AS TEXT)',
          [REPLACEMENTS, '1'],
        );
      }
      const r = chunk.reports;
      await insertMany(
        db,
        'INSERT INTO documents (id, seq, input, sha256, version, status, published, record, source, body, map)',
        11,
        r.map((w) => [w.document.id, w.seq, w.key, w.document.sha256, w.version, w.document.status, w.document.published?.value ?? null, JSON.stringify(w.document), JSON.stringify(w.source), packBody(w.body, w.source, JSON.parse(w.map) as DocExtract['map']), w.map]),
      );
      await insertMany(
        db,
        'INSERT INTO claims (id, doc, seq, n, bucket, measure, grp, part_of, record, head, zone, voice)',
        12,
        r.flatMap((w) =>
          w.claims.map((c, n) => [c.id, w.document.id, w.seq, n, c.bucket, c.measure, null, c.partOf, c.record, c.head, c.zone, c.voice]),
        ),
      );
      const items: SqlValue[][] = [];
      for (const w of r) {
        const records = { attribution: w.attributions, quote: w.quotes.map((q) => q.record), time: w.times, event: w.events.map((e) => JSON.stringify(e)) };
        for (const [kind, list] of Object.entries(records)) list.forEach((record, n) => items.push([w.document.id, kind, n, record]));
      }
      await insertMany(db, 'INSERT INTO items (doc, kind, n, record)', 4, items);
      await insertMany(db, 'INSERT INTO mentions (doc, seq, n, entity, start_at, end_at)', 6, r.flatMap((w) => w.mentions.map((m, n) => [w.document.id, w.seq, n, m.entity, m.span.start, m.span.end])));
      await addDating(db, r.map((w) => ({ seq: w.seq, events: w.events })));
      await insertMany(db, 'INSERT INTO prints (doc, data)', 2, r.map((w) => [w.document.id, encodePrint(w.print)]));
      await this.addShingles(r, chunk.earlier?.shingles);
      await insertMany(db, 'INSERT INTO search (body, doc, kind, ref)', 4, r.flatMap((w) => searchRows(w)));
      // a revision for this write, so other writers can tell which entities changed since they last looked
      const [{ m } = { m: 0 }] = await db.all<{ m: number | null }>('SELECT max(rev) AS m FROM entities');
      const rev = Number(m ?? 0) + 1;
      await insertMany(
        db,
        'INSERT INTO entities (id, n, rev, seed)',
        4,
        chunk.entities.map((s) => [s.entity.id, Number(s.entity.id.slice(1)), rev, JSON.stringify(s)]),
        'ON CONFLICT (id) DO UPDATE SET seed = excluded.seed, rev = excluded.rev',
      );
      await insertMany(db, 'INSERT INTO copies (a, b, record)', 3, chunk.copies.map((c) => [c.docs[0], c.docs[1], JSON.stringify(c)]), 'ON CONFLICT (a, b) DO UPDATE SET record = excluded.record');
      await insertMany(db, 'INSERT INTO dirty_buckets (bucket)', 1, [...new Set(r.flatMap((w) => w.claims.map((c) => c.bucket)))].map((b) => [b]), 'ON CONFLICT (bucket) DO NOTHING');
      for (const w of r) await db.run('DELETE FROM reserved_ids WHERE input = ?', [w.key]);
      return rev;
    });
  }

  /**
   * Indexes the chunk's sampled shingles: each shingle's count, and its
   * first reports (those a later copy pairs with: `ALL_PAIRS_UP_TO`), no
   * more, so a wire story in thousands of reports costs a few rows.
   */
  private async addShingles(reports: readonly ReportWrite[], counted?: ReadonlyMap<number, number>): Promise<void> {
    const added = new Map<number, number>();
    const known = counted ?? (await this.shingleCounts(reports.flatMap((w) => w.sample)));
    const postings: SqlValue[][] = [];
    for (const w of reports) {
      for (const h of new Set(w.sample)) {
        const before = (known.get(h) ?? 0) + (added.get(h) ?? 0);
        if (before < ALL_PAIRS_UP_TO) postings.push([h, w.document.id, w.seq]);
        added.set(h, (added.get(h) ?? 0) + 1);
      }
    }
    await insertMany(this.db, 'INSERT INTO shingles (hash, doc, seq)', 3, postings, 'ON CONFLICT (hash, doc) DO NOTHING');
    await insertMany(this.db, 'INSERT INTO shingle_counts (hash, n)', 2, [...added].map(([h, n]) => [h, n]), 'ON CONFLICT (hash) DO UPDATE SET n = shingle_counts.n + excluded.n');
  }

  /** The cross-document step for the buckets marked since the last one (`regroupStore`). */
  regroup(): Promise<RegroupResult> {
    return regroupStore(this.db);
  }

  /** The whole ledger, as `tally analyze` would write it for the same reports in the same order. */
  async ledger(messages: readonly BatchMessage[] = []): Promise<Ledger> {
    return ledgerOf({ ...(await this.collections(true)), messages: [...messages] });
  }

  /**
   * The ledger without its attributions (`ShownLedger`), a quarter less than
   * the whole: what a server over the store holds, and the digest and the
   * page are made from. `read`: a reader that may have worked out the
   * claims' corroboration already.
   */
  async shownLedger(read = this.reader()): Promise<ShownLedger> {
    const { attributions: _, ...shown } = ledgerOf({ ...(await this.collections(false, read)), messages: [] });
    return shown;
  }

  /** Every collection of the ledger, each read whole; the attributions left empty unless asked for. */
  private async collections(attributions: boolean, read = this.reader()): Promise<Omit<Ledger, 'version' | 'generator' | 'families' | 'messages'>> {
    return {
      documents: await collect(read.documents()),
      claims: await collect(read.claims()),
      attributions: attributions ? await collect(read.attributions()) : [],
      quotes: await collect(read.quotes()),
      times: await collect(read.times()),
      entities: await collect(read.entities()),
      events: await collect(read.events()),
      groups: await collect(read.groups()),
      copies: await collect(read.copies()),
    };
  }

  /** The ledger a collection at a time, each read a page at a time (what an export writes as it reads). */
  reader(page?: number): LedgerReader {
    return new LedgerReader(this.db, page);
  }

  /** The claims that match a query, in the ledger's order, at most `limit`: read a page at a time, with of their groups only what corroboration reads (`queryClaims`). */
  async claims(query: ClaimFilter, limit = Infinity): Promise<ClaimMatches> {
    return claimMatches(this.db, query, { limit });
  }

  /** What the dating of undated reports reads of the store: the events its index keeps of the reports after `seq` (a report's place), and its counts. */
  dating(seq: number): Promise<StoreDating> {
    return readDating(this.db, seq);
  }

  /** The source texts of the reports, by id. */
  async texts(): Promise<Map<string, string>> {
    return new Map((await this.db.all<{ id: string; source: string }>('SELECT id, source FROM documents ORDER BY seq')).map((r) => [r.id, JSON.parse(r.source) as string]));
  }

  /** The clean texts of the analysed reports given, with their way back to the source, for reports that show them: read as the page is written, a few at a time. */
  async reportTexts(ids: readonly string[]): Promise<Map<string, ReportText>> {
    const out = new Map<string, ReportText>();
    for (const part of inLists(ids)) {
      const rows = await this.db.all<{ id: string; source: string; body: string; map: string }>(`SELECT id, source, body, map FROM documents WHERE status = 'ok' AND id IN (${marks(part.length)})`, part);
      for (const r of rows) {
        const m = JSON.parse(r.map) as DocExtract['map'];
        out.set(r.id, reportText(unpackBody(r.body, JSON.parse(r.source) as string), OffsetMap.fromAnchors(m.from, m.to, m.linear)));
      }
    }
    return out;
  }

  search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    return this.searchPool ? this.searchPool.search(query, options) : searchStore(this.db, query, options);
  }

  /** How much the store holds. */
  async counts(): Promise<Record<'documents' | 'claims' | 'groups' | 'entities' | 'copies' | 'pending', number>> {
    return {
      documents: await countRows(this.db, 'documents'),
      claims: await countRows(this.db, 'claims'),
      groups: await countRows(this.db, 'groups WHERE record IS NOT NULL'),
      entities: await countRows(this.db, 'entities'),
      copies: await countRows(this.db, 'copies'),
      pending: await countRows(this.db, 'dirty_buckets'),
    };
  }
}
