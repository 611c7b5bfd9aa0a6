/**
 * The claims of a store that match a query, answered by the database rather
 * than by reading the whole ledger: the claims are read in the ledger's
 * order a page at a time (only the measure's, the report's or the group's
 * where the query names one), matched one by one (`claimMatcher`, as the
 * API filters a ledger), and reading stops at the limit. Then only the groups
 * of the matches are read, for their corroboration, which the store does not
 * keep (`corroborate`): of each member only the few fields it reads, with the
 * copies of the matches' reports. So a query costs what it matches and the
 * groups it touches, not the store.
 * Reads `claims`, `documents`, `groups` and `copies`; writes nothing.
 */
import { copyIndex } from '../align/copies.js';
import { corroborate, type CorroborationFacts } from '../align/corroboration.js';
import type { Claim, Copy, Group, LedgerDocument } from '../ledger/schema.js';
import { claimMatcher, type ClaimFilter } from '../server/filters.js';
import { inLists, jsonText, marks, type SqlDriver, type SqlValue } from './sql.js';

export type { ClaimFilter };

/** The matching claims (with their corroboration), and what showing them needs of their reports and groups. */
export interface ClaimMatches {
  readonly claims: Claim[];
  readonly documents: Pick<LedgerDocument, 'id' | 'outlet' | 'published'>[];
  readonly groups: Pick<Group, 'id' | 'status'>[];
}

/** Claims read at a time. */
const PAGE = 2000;

export async function queryClaims(db: SqlDriver, q: ClaimFilter, { limit = Infinity, page: size = PAGE }: { limit?: number; page?: number } = {}): Promise<ClaimMatches> {
  const docs = new DocumentFacts(db);
  const statuses = q.status ? await groupStatuses(db) : new Map<string, string>();
  const matches = claimMatcher(q, { outletOf: (doc) => docs.outletOf(doc), statusOf: (group) => statuses.get(group) });
  const where: string[] = [];
  const params: SqlValue[] = [];
  for (const [column, value] of [['measure', q.measure], ['doc', q.doc], ['grp', q.group]] as const) {
    if (value === undefined) continue;
    where.push(`${column} = ?`);
    params.push(value);
  }
  const found: Claim[] = [];
  let after: [number, number] | null = null;
  while (found.length < limit) {
    const page: { seq: number; n: number; doc: string; record: string }[] = await db.all(
      // a row value, which both databases read as a range of the index (an OR of the two columns would scan from the start each page)
      `SELECT seq, n, doc, record FROM claims WHERE ${[...where, ...(after ? ['(seq, n) > (?, ?)'] : [])].join(' AND ') || 'true'} ORDER BY seq, n LIMIT ${size}`,
      [...params, ...(after ?? [])],
    );
    if (page.length === 0) break;
    if (q.outlet) await docs.load(page.map((r) => r.doc));
    for (const r of page) {
      const c = JSON.parse(r.record) as Claim;
      if (matches(c)) found.push(c);
      if (found.length === limit) break;
    }
    const last = page.at(-1)!;
    after = [Number(last.seq), Number(last.n)];
    if (page.length < size) break;
  }
  const support = await corroborationOf(db, found, docs);
  await docs.load(found.map((c) => c.doc));
  const groupIds = new Set(found.flatMap((c) => (c.group ? [c.group] : [])));
  const groups = q.status ? statuses : await groupStatuses(db, [...groupIds]);
  return {
    claims: found.map((c) => ({ ...c, corroboration: support.get(c.id) ?? null })),
    documents: [...new Set(found.map((c) => c.doc))].map((id) => docs.get(id)),
    groups: [...groupIds].map((id) => ({ id, status: groups.get(id) as Group['status'] })),
  };
}

/**
 * The corroboration of the claims found, each judged against its whole group:
 * of each member only what corroboration reads (drawn from its record by the
 * database), the outlets of the reports whose claims name no family, and the
 * copies of the found claims' reports.
 */
async function corroborationOf(db: SqlDriver, found: readonly Claim[], docs: DocumentFacts): Promise<Map<string, NonNullable<Claim['corroboration']>>> {
  const byGroup = new Map<string, Set<string>>();
  for (const c of found) if (c.group) byGroup.set(c.group, (byGroup.get(c.group) ?? new Set()).add(c.id));
  const field = (path: string) => jsonText(db, 'record', path);
  const support = new Map<string, NonNullable<Claim['corroboration']>>();
  const copyFacts = new CopyFacts(db);
  for (const [group, only] of byGroup) {
    const members = (
      await db.all<FactRow>(
        `SELECT id, doc, ${field('family')} AS family, ${field('value.low')} AS low, ${field('value.high')} AS high, ${field('qualifier')} AS qualifier,
         ${field('span.start')} AS start_at, ${field('span.end')} AS end_at FROM claims WHERE grp = ? ORDER BY seq, n`,
        [group],
      )
    ).map(factsOf);
    await docs.load(members.filter((m) => m.family === null).map((m) => m.doc));
    const copies = copyIndex(await copyFacts.touching(found.filter((c) => only.has(c.id)).map((c) => c.doc)));
    for (const [claim, c] of corroborate(members, copies, (doc) => docs.get(doc).outlet ?? doc, only)) support.set(claim, c);
  }
  return support;
}

type FactRow = { id: string; doc: string; family: string | null; low: SqlValue; high: SqlValue; qualifier: string; start_at: SqlValue; end_at: SqlValue };

/** PostgreSQL gives a JSON field as text, SQLite as its value. */
const numberOrNull = (v: SqlValue): number | null => (v === null ? null : Number(v));

function factsOf(r: FactRow): CorroborationFacts {
  return {
    id: r.id,
    doc: r.doc,
    family: r.family,
    value: { low: numberOrNull(r.low), high: numberOrNull(r.high) },
    qualifier: r.qualifier as Claim['qualifier'],
    span: { start: Number(r.start_at), end: Number(r.end_at) },
  };
}

/** The copies of reports, read as needed and kept: a report whose claims fall in several groups has its copies read once. */
class CopyFacts {
  private readonly byDoc = new Map<string, Copy[]>();
  /** each copy read, once: one between two reports read is the same object under both */
  private readonly byPair = new Map<string, Copy>();
  constructor(private readonly db: SqlDriver) {}

  /** The copies either of whose reports is one of those given (in no order: corroboration only counts what they show). */
  async touching(ids: readonly string[]): Promise<Copy[]> {
    const missing = [...new Set(ids)].filter((id) => !this.byDoc.has(id));
    for (const id of missing) this.byDoc.set(id, []);
    for (const part of inLists(missing)) {
      for (const side of ['a', 'b'] as const) {
        for (const r of await this.db.all<{ a: string; b: string; record: string }>(`SELECT a, b, record FROM copies WHERE ${side} IN (${marks(part.length)})`, part)) {
          const pair = `${r.a} ${r.b}`;
          let copy = this.byPair.get(pair);
          if (!copy) this.byPair.set(pair, (copy = JSON.parse(r.record) as Copy));
          this.byDoc.get(side === 'a' ? r.a : r.b)!.push(copy);
        }
      }
    }
    // a copy between two of the reports given is listed under both, as one object
    return [...new Set(ids.flatMap((id) => this.byDoc.get(id)!))];
  }
}

/** The status of each group (of those given, or of all), read from the records' JSON by the database. */
async function groupStatuses(db: SqlDriver, ids?: readonly string[]): Promise<Map<string, string>> {
  const status = jsonText(db, 'record', 'status');
  const out = new Map<string, string>();
  const read = async (sql: string, params: readonly string[]) => {
    for (const r of await db.all<{ id: string; status: string }>(sql, params)) out.set(r.id, r.status);
  };
  if (!ids) await read(`SELECT id, ${status} AS status FROM groups WHERE record IS NOT NULL`, []);
  else for (const part of inLists(ids)) await read(`SELECT id, ${status} AS status FROM groups WHERE id IN (${marks(part.length)})`, part);
  return out;
}

/** Reports' outlets and dates, read as needed and kept. */
class DocumentFacts {
  private readonly known = new Map<string, Pick<LedgerDocument, 'id' | 'outlet' | 'published'>>();
  constructor(private readonly db: SqlDriver) {}

  async load(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id));
    const outlet = jsonText(this.db, 'record', 'outlet');
    const published = jsonText(this.db, 'record', 'published');
    for (const part of inLists(missing)) {
      for (const r of await this.db.all<{ id: string; outlet: string | null; published: string | null }>(
        `SELECT id, ${outlet} AS outlet, ${published} AS published FROM documents WHERE id IN (${marks(part.length)})`,
        part,
      )) {
        this.known.set(r.id, { id: r.id, outlet: r.outlet, published: r.published === null ? null : (JSON.parse(r.published) as LedgerDocument['published']) });
      }
    }
  }

  outletOf(doc: string): string | null | undefined {
    return this.known.get(doc)?.outlet;
  }

  get(doc: string): Pick<LedgerDocument, 'id' | 'outlet' | 'published'> {
    return this.known.get(doc) ?? { id: doc, outlet: null, published: null };
  }
}
