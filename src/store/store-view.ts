/**
 * The server's view of a store (`LedgerView`): each answer read from the
 * database when it is asked for, so that a server over a store of any size
 * holds no ledger. The answers are those the same ledger held in memory
 * gives (`memory-view.ts`), in the same order:
 * - a query the tables' columns answer (claims of a measure, a report or a
 *   group; a report's quotes; copies of a report; every report) is counted
 *   and paged by the database;
 * - any other is matched as the records are read in the ledger's order, a
 *   page of the database at a time, counting every match and keeping the
 *   page asked for: memory holds the page, the time grows with the store;
 * - what spans the whole store is worked out when first asked for, or ahead
 *   (`prepare`), and kept until the store holds other reports (`Kept`): the
 *   claims' corroboration (each claim is judged against its whole group, and
 *   a page of claims touches most groups), the timeline (which merges every
 *   report's events), and the page's counts and choices.
 * Reads the store's tables; writes nothing.
 */
import { mergeEvents } from '../align/events.js';
import { each, filtered } from '../core/collect.js';
import type { FoundCopy } from '../align/copies.js';
import { withPassageText } from '../ledger/build.js';
import type { EntitySeed } from '../ledger/entities.js';
import type { Group, LedgerDocument, LedgerEvent, Quote } from '../ledger/schema.js';
import { rowContext, type RowContext } from '../report/export/csv.js';
import { documentMatches, entityMatches, eventMatches, groupMatches, quoteMatches, type QuoteFilter } from '../server/filters.js';
import type { LedgerView, Page, Paging } from '../server/ledger-view.js';
import type { ShownEntity } from '../server/shown-entity.js';
import { claimById, claimMatches, queryClaims } from './claim-query.js';
import { DocumentFacts, groupStatuses } from './record-facts.js';
import { entityMentions, LedgerReader } from './ledger-reader.js';
import { sourceTexts } from './source-texts.js';
import { countRows, jsonText, keysetPages, type SqlDriver, type SqlValue } from './sql.js';
import type { Store } from './store.js';

/** Rows read at a time where a query is matched as the records are read. */
const SCAN_PAGE = 1000;

export function storeView(store: Store): LedgerView {
  const db = store.db;
  const summary = new Kept(store, async () => {
    const measures = await db.all<{ measure: string }>('SELECT DISTINCT measure FROM claims');
    const outlets = await db.all<{ outlet: string | null }>(`SELECT DISTINCT ${jsonText(db, 'record', 'outlet')} AS outlet FROM documents`);
    return {
      documents: await countRows(db, 'documents'),
      claims: await countRows(db, 'claims'),
      measures: measures.map((r) => r.measure).sort(),
      outlets: outlets.flatMap((r) => (r.outlet ? [r.outlet] : [])).sort(),
    };
  });
  // a claim's corroboration is judged against its whole group, so the groups of a page of claims are most of the store's claims
  const corroboration = new Kept(store, () => store.reader().corroboration());
  const support = () => corroboration.get();
  const timeline = new Kept(store, async () => {
    const events: LedgerEvent[] = [];
    for await (const e of store.reader().events()) events.push(e);
    return mergeEvents(events);
  });
  return {
    async prepare() {
      await summary.get();
      await corroboration.get();
      await timeline.get();
    },
    summary: () => summary.get(),

    async documents({ limit, offset, ...q }) {
      if (!q.outlet && !q.q) return { total: await countRows(db, 'documents'), limit, offset, items: parsed(await db.all<{ record: string }>('SELECT record FROM documents ORDER BY seq LIMIT ? OFFSET ?', [limit, offset])) };
      return windowOf(records<LedgerDocument>(db, 'documents', 'seq'), (d) => documentMatches(d, q), { limit, offset });
    },
    document: async (id) => parsed<LedgerDocument>(await db.all('SELECT record FROM documents WHERE id = ?', [id]))[0],

    async claims(q, { limit, offset }) {
      const { claims, total } = await queryClaims(db, q, { limit, offset, count: true, support });
      return { total: total!, limit, offset, items: claims };
    },
    async claimExport(q) {
      if (Object.values(q).every((v) => v === undefined)) {
        // every claim: streamed with the store's corroboration, not held
        return { items: new LedgerReader(db, undefined, support()).claims(), context: await everyReport(db, await groupStatuses(db)) };
      }
      const matches = await claimMatches(db, q, { support });
      return { items: each(matches.claims), context: rowContext(matches) };
    },
    claim: (id) => claimById(db, id, support),

    async quotes(q, paging) {
      return windowOf(quotesOf(store, q), (x) => quoteMatches(x, q), paging);
    },
    async quoteExport(q) {
      return { items: filtered(quotesOf(store, q), (x) => quoteMatches(x, q)), context: await everyReport(db, new Map()) };
    },

    async groups({ limit, offset, ...q }) {
      const where = ['record IS NOT NULL', ...(q.measure ? ['measure = ?'] : [])];
      return windowOf(records<Group>(db, 'groups', 'n', where, q.measure ? [q.measure] : []), (g) => groupMatches(g, q), { limit, offset });
    },
    group: async (id) => parsed<Group>(await db.all('SELECT record FROM groups WHERE id = ? AND record IS NOT NULL', [id]))[0],

    async entities({ limit, offset, mentions, ...q }) {
      const seeds = await windowOf(entitySeeds(db), (s) => entityMatches(s.entity, q), { limit, offset });
      return { ...seeds, items: await Promise.all(seeds.items.map((s) => shownEntityOf(db, s, mentions))) };
    },
    async entity(id, mentions) {
      const seed = await entitySeed(db, id);
      const entity = seed && (await shownEntityOf(db, seed, mentions));
      // an entity whose every mention went with a replaced report is no longer in the ledger
      return entity && entity.mentionCount > 0 ? entity : undefined;
    },
    async mentions(id, { limit, offset }) {
      const total = await mentionCount(db, id);
      return total === 0 ? undefined : { total, limit, offset, items: await entityMentions(db, id, { limit, offset }) };
    },

    async events({ limit, offset, ...q }) {
      return windowOf(each(await timeline.get()), (e) => eventMatches(e, q), { limit, offset });
    },

    async copies({ limit, offset, doc }) {
      const [where, params]: [string, SqlValue[]] = doc === undefined ? ['', []] : ['WHERE c.a = ? OR c.b = ?', [doc, doc]];
      const total = await countRows(db, `copies c ${where}`, params);
      // in the order of their first report, then of their second, as the ledger has them
      const rows = await db.all<{ record: string }>(
        `SELECT c.record FROM copies c JOIN documents da ON da.id = c.a JOIN documents db ON db.id = c.b ${where} ORDER BY da.seq, db.seq LIMIT ? OFFSET ?`,
        [...params, limit, offset],
      );
      const found = parsed<FoundCopy>(rows);
      const sources = await sourceTexts(db, [...new Set(found.map((c) => c.docs[0]))]);
      return { total, limit, offset, items: withPassageText(found, (id) => sources.get(id)!) };
    },
  };
}

/** What an export's rows show of every report, and of the groups given. */
async function everyReport(db: SqlDriver, statuses: ReadonlyMap<string, string>): Promise<RowContext> {
  const reports = new DocumentFacts(db);
  await reports.loadAll();
  return { report: (id) => reports.get(id), status: (group) => statuses.get(group) as Group['status'] | undefined };
}

/** The matches among the items, each counted, and those of the page asked for. */
async function windowOf<T>(items: AsyncIterable<T>, matches: (item: T) => boolean, { limit, offset }: Paging): Promise<Page<T>> {
  const out: T[] = [];
  let total = 0;
  for await (const item of items) {
    if (!matches(item)) continue;
    if (total >= offset && out.length < limit) out.push(item);
    total++;
  }
  return { total, limit, offset, items: out };
}

function parsed<T>(rows: readonly { record: string }[]): T[] {
  return rows.map((r) => JSON.parse(r.record) as T);
}

/** A table's JSON records in the order of an integer column, read a page at a time. */
async function* records<T>(db: SqlDriver, table: string, key: string, where: readonly string[] = [], params: readonly SqlValue[] = []): AsyncGenerator<T> {
  for await (const rows of keysetPages<{ record: string }>(db, { columns: 'record', from: table, keys: [key], where, params, size: SCAN_PAGE })) yield* parsed<T>(rows);
}

/** The quotes a query may match, in the ledger's order: a report's alone where it names one. */
async function* quotesOf(store: Store, q: QuoteFilter): AsyncGenerator<Quote> {
  if (q.doc === undefined) return yield* store.reader().quotes();
  yield* parsed<Quote>(await store.db.all("SELECT record FROM items WHERE kind = 'quote' AND doc = ? ORDER BY n", [q.doc]));
}

/** An entity as the store keeps it, without its mentions. */
async function entitySeed(db: SqlDriver, id: string): Promise<EntitySeed | undefined> {
  const [row] = await db.all<{ seed: string }>('SELECT seed FROM entities WHERE id = ?', [id]);
  return row && (JSON.parse(row.seed) as EntitySeed);
}

/** An entity with its first mentions, at most `shown`, and how many it has. */
async function shownEntityOf(db: SqlDriver, seed: EntitySeed, shown: number): Promise<ShownEntity> {
  const id = seed.entity.id;
  return { ...seed.entity, mentions: await entityMentions(db, id, { limit: shown, offset: 0 }), mentionCount: await mentionCount(db, id) };
}

function mentionCount(db: SqlDriver, entity: string): Promise<number> {
  return countRows(db, 'mentions WHERE entity = ?', [entity]);
}

/** The entities the ledger lists (those some report still mentions), in the order they were made. */
async function* entitySeeds(db: SqlDriver): AsyncGenerator<EntitySeed> {
  const mentioned = 'EXISTS (SELECT 1 FROM mentions m WHERE m.entity = entities.id)';
  for await (const rows of keysetPages<{ seed: string }>(db, { columns: 'seed', from: 'entities', keys: ['n'], where: [mentioned], size: SCAN_PAGE })) {
    yield* rows.map((r) => JSON.parse(r.seed) as EntitySeed);
  }
}

/**
 * What is worked out over the whole store, worked out when first asked for
 * and kept until the store holds other reports or other groups: its reports'
 * count and last place, its replacements, and the buckets waiting to be
 * regrouped tell (an ingest adds reports, then regroups).
 */
class Kept<T> {
  private kept: { readonly state: string; readonly value: Promise<T> } | undefined;
  constructor(
    private readonly store: Store,
    private readonly compute: () => Promise<T>,
  ) {}

  async get(): Promise<T> {
    const state = await stateOf(this.store);
    if (this.kept?.state !== state) {
      const value = this.compute();
      this.kept = { state, value };
      // a failure is not kept: the next request tries again
      value.catch(() => {
        if (this.kept?.value === value) this.kept = undefined;
      });
    }
    return this.kept.value;
  }
}

async function stateOf(store: Store): Promise<string> {
  const [row] = await store.db.all<{ n: number; last: number | null; pending: number }>(
    'SELECT (SELECT count(*) FROM documents) AS n, (SELECT max(seq) FROM documents) AS last, (SELECT count(*) FROM dirty_buckets) AS pending',
  );
  return `${row?.n} ${row?.last} ${row?.pending} ${await store.replacements()}`;
}
