/**
 * What a store keeps for dating the undated reports that come into it
 * (`dateUndatedReports`), so that an ingest reads a few rows, not every
 * event of every report: the dated events an index keeps (the first
 * `MAX_PER_DATE` of each list and date, in the order the reports came in),
 * how many of all its dated events' clauses use each stem, how many clauses
 * there are, and the latest date. Written with each chunk of reports, in
 * the chunk's transaction; a report replaced takes its word counts away and
 * its kept events with it.
 */
import { indexKeys, MAX_PER_DATE, type DatedEvent } from '../align/date-undated.js';
import { stemsOf } from '../align/event-words.js';
import type { LedgerEvent } from '../ledger/schema.js';
import { datedEventsOf } from './dated-events.js';
import { inLists, insertMany, marks, type SqlDriver } from './sql.js';
import { SCHEMA_LOCK } from './migrations.js';
import { pushTo } from '../core/multimap.js';

/** A store's dating index as read: the events kept after a place in the store, and the counts as they stand. */
export interface StoreDating {
  readonly events: DatedEvent[];
  /** the place of the last report read */
  readonly seq: number;
  readonly stems: [string, number][];
  readonly clauses: number;
  readonly latest: string;
}

/** The reports whose dated events go into the index: their place in the store and their events, in that order. */
export interface DatingReport {
  readonly seq: number;
  readonly events: readonly LedgerEvent[];
}

const META_KEYS = { clauses: 'dating_clauses', latest: 'dating_latest' } as const;

export async function readDating(db: SqlDriver, afterSeq: number): Promise<StoreDating> {
  const rows = await db.all<{ seq: number; doc: string; kind: string; value: string; start_at: string; end_at: string; clause: string }>(
    'SELECT seq, doc, kind, value, start_at, end_at, clause FROM dating_events WHERE seq > ? ORDER BY seq, n',
    [afterSeq],
  );
  const stems = (await db.all<{ stem: string; n: number }>('SELECT stem, n FROM event_stems')).map((r): [string, number] => [r.stem, Number(r.n)]);
  const meta = await readMeta(db);
  return {
    events: rows.map((r) => ({ doc: r.doc, kind: r.kind, value: r.value, start: r.start_at, end: r.end_at, clause: r.clause })),
    seq: rows.reduce((m, r) => Math.max(m, Number(r.seq)), afterSeq),
    stems,
    clauses: meta.clauses,
    latest: meta.latest,
  };
}

/** Adds reports' dated events: counts their clauses' stems, and keeps those the index keeps. */
export async function addDating(db: SqlDriver, reports: readonly DatingReport[]): Promise<void> {
  const dated = reports.flatMap((r) => datedEventsOf(r).map((event) => ({ seq: r.seq, event })));
  if (dated.length === 0) return;
  const counts = await dateCounts(db, dated.flatMap(({ event }) => indexKeys(event).map((k) => k.date)));
  const kept: (string | number)[][] = [];
  const perSeq = new Map<number, number>();
  for (const { seq, event } of dated) {
    const n = perSeq.get(seq) ?? 0;
    perSeq.set(seq, n + 1);
    let keep = false;
    for (const { date } of indexKeys(event)) {
      const count = counts.get(date) ?? 0;
      if (count >= MAX_PER_DATE) continue;
      counts.set(date, count + 1);
      keep = true;
    }
    if (keep) kept.push([seq, n, event.doc, event.kind, event.value, event.start, event.end, event.clause]);
  }
  await insertMany(db, 'INSERT INTO dating_events (seq, n, doc, kind, value, start_at, end_at, clause)', 8, kept);
  await insertMany(db, 'INSERT INTO dating_dates (date_key, n)', 2, [...counts].map(([k, n]) => [k, n]), 'ON CONFLICT (date_key) DO UPDATE SET n = excluded.n');
  await countStems(db, dated.map((d) => d.event), 1);
  const meta = await readMeta(db);
  const latest = dated.reduce((m, { event }) => (event.end > m ? event.end : m), meta.latest);
  await writeMeta(db, meta.clauses + dated.length, latest);
}

/** Takes away the word counts of reports about to be removed (their kept events go with them; the places they took are not given again). */
export async function removeDating(db: SqlDriver, events: readonly LedgerEvent[]): Promise<void> {
  const dated = datedEventsOf({ events });
  if (dated.length === 0) return;
  await countStems(db, dated, -1);
  const meta = await readMeta(db);
  await writeMeta(db, Math.max(0, meta.clauses - dated.length), meta.latest);
}

/** Builds the index of a store that has none (one written before it was kept): from every report's events, in the store's order. */
export async function buildDatingIfMissing(db: SqlDriver): Promise<void> {
  const built = async () => (await db.all('SELECT value FROM tally_meta WHERE key = ?', [META_KEYS.clauses])).length > 0;
  if (await built()) return;
  await db.transaction(async () => {
    // processes opening one PostgreSQL store at once: one builds, the others wait here and find it built (the migrations' lock)
    if (db.dialect === 'postgres') await db.run(`SELECT pg_advisory_xact_lock(${SCHEMA_LOCK})`);
    if (await built()) return;
    const rows = await db.all<{ seq: number; record: string }>("SELECT d.seq, i.record FROM items i JOIN documents d ON d.id = i.doc WHERE i.kind = 'event' ORDER BY d.seq, i.n");
    const reports = new Map<number, LedgerEvent[]>();
    for (const r of rows) pushTo(reports, Number(r.seq), JSON.parse(r.record) as LedgerEvent);
    await writeMeta(db, 0, '');
    await addDating(db, [...reports].map(([seq, events]) => ({ seq, events })));
  });
}

async function dateCounts(db: SqlDriver, keys: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const part of inLists([...new Set(keys)])) {
    for (const r of await db.all<{ date_key: string; n: number }>(`SELECT date_key, n FROM dating_dates WHERE date_key IN (${marks(part.length)})`, part)) out.set(r.date_key, Number(r.n));
  }
  return out;
}

async function countStems(db: SqlDriver, events: readonly DatedEvent[], sign: 1 | -1): Promise<void> {
  const delta = new Map<string, number>();
  for (const e of events) for (const stem of stemsOf(e.clause)) delta.set(stem, (delta.get(stem) ?? 0) + sign);
  await insertMany(db, 'INSERT INTO event_stems (stem, n)', 2, [...delta].map(([stem, n]) => [stem, n]), 'ON CONFLICT (stem) DO UPDATE SET n = event_stems.n + excluded.n');
}

async function readMeta(db: SqlDriver): Promise<{ clauses: number; latest: string }> {
  const rows = await db.all<{ key: string; value: string }>(`SELECT key, value FROM tally_meta WHERE key IN (?, ?)`, [META_KEYS.clauses, META_KEYS.latest]);
  const get = (k: string) => rows.find((r) => r.key === k)?.value;
  return { clauses: Number(get(META_KEYS.clauses) ?? 0), latest: get(META_KEYS.latest) ?? '' };
}

async function writeMeta(db: SqlDriver, clauses: number, latest: string): Promise<void> {
  await insertMany(db, 'INSERT INTO tally_meta (key, value)', 2, [[META_KEYS.clauses, String(clauses)], [META_KEYS.latest, latest]], 'ON CONFLICT (key) DO UPDATE SET value = excluded.value');
}
