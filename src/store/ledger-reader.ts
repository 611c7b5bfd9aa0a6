/**
 * A store's ledger read a collection at a time, each in the ledger's order
 * and a page at a time, so that writing out a store of any size holds a page
 * of records, not the ledger: `Store.ledger()` gathers them, and `tally export`
 * writes them as they come (`report/export/ledger-json.ts`).
 *
 * What spans the whole ledger is kept while reading: each claim's
 * corroboration, worked out group by group before the first claim is given
 * (of each member only what corroboration reads, and of the copies only their
 * spans, `copy-spans.ts`), and kept by the reader: one reader for the files
 * written of one store works it out once.
 * Reads every table the ledger shows; writes nothing.
 */
import { copyIndex, type CopySpans, type FoundCopy } from '../align/copies.js';
import { withPassageText } from '../ledger/build.js';
import { corroborate } from '../align/corroboration.js';
import type { EntitySeed } from '../ledger/entities.js';
import type { Attribution, Claim, Copy, Entity, Group, LedgerDocument, LedgerEvent, Quote, TimeExpression } from '../ledger/schema.js';
import { CLAIM_ORDER } from './claim-order.js';
import { claimOfRow, type ClaimRecordRow } from './claim-record.js';
import { copySpans } from './copy-spans.js';
import { DocumentFacts, memberFacts } from './record-facts.js';
import { sourceTexts } from './source-texts.js';
import { IN_LIST, keysetPages, marks, type Row, type SqlDriver } from './sql.js';

export type Corroboration = NonNullable<Claim['corroboration']>;

/** Reports (or entities, groups) read at a time: a page of reports' ids is one IN list. */
const PAGE = IN_LIST;

export class LedgerReader {
  /** the claims' corroboration, worked out once however many times the claims are read */
  private support: Promise<Map<string, Corroboration>> | undefined;

  /** `page`: rows read at a time (reports, entities, groups; four times as many claims); `support`: the claims' corroboration, where it is worked out already */
  constructor(
    private readonly db: SqlDriver,
    private readonly page = PAGE,
    support?: Promise<Map<string, Corroboration>>,
  ) {
    this.support = support;
  }

  async *documents(): AsyncGenerator<LedgerDocument> {
    for await (const rows of this.pages<{ record: string }>('record', 'documents', 'seq')) yield* rows.map((r) => JSON.parse(r.record) as LedgerDocument);
  }

  /** The claims, each with its corroboration (worked out for all of them first, the first time they are read). */
  async *claims(): AsyncGenerator<Claim> {
    const support = await (this.support ??= this.corroboration());
    for await (const rows of keysetPages<ClaimRecordRow>(this.db, { columns: 'grp, record', from: 'claims', keys: CLAIM_ORDER, size: this.page * 4 })) {
      for (const r of rows) {
        const c = claimOfRow(r);
        yield { ...c, corroboration: support.get(c.id) ?? null };
      }
    }
  }

  attributions(): AsyncGenerator<Attribution> {
    return this.items('attribution');
  }

  quotes(): AsyncGenerator<Quote> {
    return this.items('quote');
  }

  times(): AsyncGenerator<TimeExpression> {
    return this.items('time');
  }

  /** Each report's events, as it gave them (the ledger's timeline merges them). */
  events(): AsyncGenerator<LedgerEvent> {
    return this.items('event');
  }

  /** The entities in the order they were made, each with its mentions in the ledger's order; one whose every mention went with a replaced report is no longer in the ledger. */
  async *entities(): AsyncGenerator<Entity> {
    for await (const rows of this.pages<{ seed: string }>('seed', 'entities', 'n')) {
      for (const r of rows) {
        const seed = JSON.parse(r.seed) as EntitySeed;
        // one entity at a time: the mentions of a story's main actor run to hundreds of thousands
        const entity = await withMentions(this.db, seed);
        if (entity.mentions.length > 0) yield entity;
      }
    }
  }

  async *groups(): AsyncGenerator<Group> {
    for await (const rows of this.pages<{ record: string }>('record', 'groups', 'n', 'record IS NOT NULL')) yield* rows.map((r) => JSON.parse(r.record) as Group);
  }

  /** The copies in the order of their first report, then of their second; each passage's text from the first report's source (a copy is kept as spans). */
  async *copies(): AsyncGenerator<Copy> {
    for await (const reports of this.pages<{ id: string }>('id', 'documents', 'seq')) {
      // the pairs first, then their records a page at a time: a wire story's first report can share passages with tens of thousands
      const pairs = await this.db.all<{ a: string; b: string; b_seq: number }>(
        `SELECT c.a, c.b, d.seq AS b_seq FROM copies c JOIN documents d ON d.id = c.b WHERE c.a IN (${marks(reports.length)})`,
        reports.map((r) => r.id),
      );
      const place = new Map(reports.map((r, i) => [r.id, i]));
      pairs.sort((x, y) => place.get(x.a)! - place.get(y.a)! || Number(x.b_seq) - Number(y.b_seq));
      for (let i = 0; i < pairs.length; i += this.page) {
        const part = pairs.slice(i, i + this.page);
        const rows = await this.db.all<{ a: string; b: string; record: string }>(
          `SELECT a, b, record FROM copies WHERE (a, b) IN (VALUES ${part.map(() => '(?, ?)').join(', ')})`,
          part.flatMap((p) => [p.a, p.b]),
        );
        const records = new Map(rows.map((r) => [`${r.a} ${r.b}`, r.record]));
        const found = part.map((p) => JSON.parse(records.get(`${p.a} ${p.b}`)!) as FoundCopy);
        const sources = await sourceTexts(this.db, [...new Set(found.map((c) => c.docs[0]))]);
        yield* withPassageText(found, (doc) => sources.get(doc)!);
      }
    }
  }

  /** Items of one kind, in the order of their reports, then as each report gave them. */
  private async *items<T>(kind: string): AsyncGenerator<T> {
    for await (const reports of this.pages<{ id: string }>('id', 'documents', 'seq')) {
      const rows = await this.db.all<{ doc: string; n: number; record: string }>(
        `SELECT doc, n, record FROM items WHERE kind = ? AND doc IN (${marks(reports.length)})`,
        [kind, ...reports.map((r) => r.id)],
      );
      const place = new Map(reports.map((r, i) => [r.id, i]));
      rows.sort((x, y) => place.get(x.doc)! - place.get(y.doc)! || Number(x.n) - Number(y.n));
      yield* rows.map((r) => JSON.parse(r.record) as T);
    }
  }

  /**
   * Every grouped claim's corroboration, each group judged against all its
   * members, as `corroborateGroups` judges a ledger's: the copies (their spans)
   * and the reports' outlets are read once, then a group's members at a time.
   */
  async corroboration(): Promise<Map<string, Corroboration>> {
    const reports = new DocumentFacts(this.db);
    await reports.loadAll();
    const spans: CopySpans[] = [];
    for await (const reports of this.pages<{ id: string }>('id', 'documents', 'seq')) for (const c of await copySpans(this.db, 'a', reports.map((r) => r.id))) spans.push(c);
    const copies = copyIndex(spans);
    const support = new Map<string, Corroboration>();
    for (const { grp } of await this.db.all<{ grp: string }>('SELECT DISTINCT grp FROM claims WHERE grp IS NOT NULL')) {
      for (const [id, c] of corroborate(await memberFacts(this.db, grp), copies, (doc) => reports.outletOf(doc) ?? doc)) support.set(id, c);
    }
    return support;
  }

  /** A table's rows in the order of one integer column, a page at a time. */
  private pages<R extends Row>(columns: string, table: string, key: string, where = 'true'): AsyncGenerator<R[]> {
    return keysetPages<R>(this.db, { columns, from: table, keys: [key], where: [where], size: this.page });
  }
}

/** An entity with its mentions, in the ledger's order. */
export async function withMentions(db: SqlDriver, seed: EntitySeed): Promise<Entity> {
  return { ...seed.entity, mentions: await entityMentions(db, seed.entity.id) };
}

/** An entity's mentions in the ledger's order (their reports', then each report's): all of them, or a page of them. */
export async function entityMentions(db: SqlDriver, entity: string, paging?: { limit: number; offset: number }): Promise<Entity['mentions']> {
  const rows = await db.all<{ doc: string; start_at: number; end_at: number }>(
    `SELECT doc, start_at, end_at FROM mentions WHERE entity = ? ORDER BY seq, n${paging ? ' LIMIT ? OFFSET ?' : ''}`,
    paging ? [entity, paging.limit, paging.offset] : [entity],
  );
  return rows.map((m) => ({ doc: m.doc, span: { start: Number(m.start_at), end: Number(m.end_at) } }));
}
