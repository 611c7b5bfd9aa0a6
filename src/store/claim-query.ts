/**
 * The claims of a store that match a query, answered by the database rather
 * than by reading the whole ledger: the claims are read in the ledger's
 * order a page at a time (only the measure's, the report's or the group's
 * where the query names one), matched one by one (`claimMatcher`, as the
 * API filters a ledger), and reading stops at the limit, unless every match
 * is to be counted. A query of the table's own columns alone (a measure, a
 * report, a group) is counted and paged by the database. Then only the groups
 * of the matches are read, for their corroboration, which the store does not
 * keep (`corroborate`): of each member only the few fields it reads, with the
 * copies of the matches' reports. So a query costs what it matches and the
 * groups it touches, not the store.
 * Reads `claims`, `documents`, `groups` and `copies`; writes nothing.
 */
import { copyIndex, type CopySpans } from '../align/copies.js';
import { corroborate } from '../align/corroboration.js';
import type { Claim, Group } from '../ledger/schema.js';
import { claimMatcher, type ClaimFilter } from '../server/filters.js';
import { CLAIM_ORDER } from './claim-order.js';
import { claimOfRow, type ClaimRecordRow } from './claim-record.js';
import { DocumentFacts, groupStatuses, memberFacts, type ReportFacts } from './record-facts.js';
import { copySpans } from './copy-spans.js';
import { countRows, keysetPages, type SqlDriver, type SqlValue } from './sql.js';
import type { Corroboration } from './ledger-reader.js';

export type { ClaimFilter };

/** The matching claims (with their corroboration), and what showing them needs of their reports and groups. */
export interface ClaimMatches {
  readonly claims: Claim[];
  readonly documents: ReportFacts[];
  readonly groups: Pick<Group, 'id' | 'status'>[];
}

export interface ClaimQueryOptions {
  /** matches given at most */
  readonly limit?: number;
  /** matches skipped before the first given */
  readonly offset?: number;
  /** count every match (`total`), reading on past the limit */
  readonly count?: boolean;
  /** claims read at a time */
  readonly page?: number;
  /** every claim's corroboration, where it is worked out already (by default, that of the matches' groups is, for them) */
  readonly support?: () => Promise<ReadonlyMap<string, Corroboration>>;
  /** the reports' facts read so far, to share with what reads them next (`withFacts`) */
  readonly docs?: DocumentFacts;
}

/** The filters the claims table's own columns answer: a query of these alone is counted and paged by the database. */
const COLUMN_FILTERS = [
  ['measure', 'measure'],
  ['doc', 'doc'],
  ['group', 'grp'],
] as const;

/** The matching claims, with their corroboration, and how many match where `count` is asked. */
export async function queryClaims(db: SqlDriver, q: ClaimFilter, { limit = Infinity, offset = 0, count = false, page = 2000, support, docs = new DocumentFacts(db) }: ClaimQueryOptions = {}): Promise<{ claims: Claim[]; total: number | null }> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  for (const [field, column] of COLUMN_FILTERS) {
    const value = q[field];
    if (value === undefined) continue;
    where.push(`${column} = ?`);
    params.push(value);
  }
  const columnsOnly = Object.entries(q).every(([field, value]) => value === undefined || COLUMN_FILTERS.some(([f]) => f === field));
  const found: Claim[] = [];
  let total: number | null = null;
  if (columnsOnly && Number.isFinite(limit)) {
    const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    if (count) total = await countRows(db, `claims ${condition}`, params);
    const rows = await db.all<ClaimRecordRow>(`SELECT grp, record FROM claims ${condition} ORDER BY ${CLAIM_ORDER.join(', ')} LIMIT ? OFFSET ?`, [...params, limit, offset]);
    found.push(...rows.map(claimOfRow));
  } else if (limit > 0 || count) {
    const statuses = q.status ? await groupStatuses(db) : new Map<string, string>();
    const matches = claimMatcher(q, { outletOf: (doc) => docs.outletOf(doc), statusOf: (group) => statuses.get(group) });
    let matched = 0;
    reading: for await (const rows of keysetPages<ClaimRecordRow & { doc: string }>(db, { columns: 'doc, grp, record', from: 'claims', keys: CLAIM_ORDER, where, params, size: page })) {
      if (q.outlet) await docs.load(rows.map((r) => r.doc));
      for (const r of rows) {
        const c = claimOfRow(r);
        if (!matches(c)) continue;
        if (matched++ >= offset && found.length < limit) found.push(c);
        if (!count && found.length === limit) break reading;
      }
    }
    if (count) total = matched;
  }
  return { claims: await withCorroboration(db, found, docs, support), total };
}

/** One claim, by id, with its corroboration. */
export async function claimById(db: SqlDriver, id: string, support?: ClaimQueryOptions['support']): Promise<Claim | undefined> {
  const rows = await db.all<ClaimRecordRow>('SELECT grp, record FROM claims WHERE id = ?', [id]);
  if (rows.length === 0) return undefined;
  return (await withCorroboration(db, rows.map(claimOfRow), new DocumentFacts(db), support))[0];
}

/** The matching claims with what showing them needs (`withFacts`): the reports' facts that matching by outlet read are not read again. */
export async function claimMatches(db: SqlDriver, q: ClaimFilter, options: Pick<ClaimQueryOptions, 'limit' | 'support'> = {}): Promise<ClaimMatches> {
  const docs = new DocumentFacts(db);
  return withFacts(db, (await queryClaims(db, q, { ...options, docs })).claims, docs);
}

/** What showing claims as rows or a table needs besides them: their reports' facts (those not in `docs` already) and their groups' statuses. */
export async function withFacts(db: SqlDriver, claims: Claim[], docs = new DocumentFacts(db)): Promise<ClaimMatches> {
  await docs.load(claims.map((c) => c.doc));
  const groupIds = new Set(claims.flatMap((c) => (c.group ? [c.group] : [])));
  const groups = await groupStatuses(db, [...groupIds]);
  return {
    claims,
    documents: [...new Set(claims.map((c) => c.doc))].map((id) => docs.get(id)),
    groups: [...groupIds].map((id) => ({ id, status: groups.get(id) as Group['status'] })),
  };
}

/** Claims found, with their corroboration. */
async function withCorroboration(db: SqlDriver, found: readonly Claim[], docs: DocumentFacts, kept?: ClaimQueryOptions['support']): Promise<Claim[]> {
  const support = kept ? await kept() : await corroborationOf(db, found, docs);
  return found.map((c) => ({ ...c, corroboration: support.get(c.id) ?? null }));
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
  const support = new Map<string, NonNullable<Claim['corroboration']>>();
  const copyFacts = new CopyFacts(db);
  for (const [group, only] of byGroup) {
    const members = await memberFacts(db, group);
    await docs.load(members.filter((m) => m.family === null).map((m) => m.doc));
    const copies = copyIndex(await copyFacts.touching(found.filter((c) => only.has(c.id)).map((c) => c.doc)));
    for (const [claim, c] of corroborate(members, copies, (doc) => docs.get(doc).outlet ?? doc, only)) support.set(claim, c);
  }
  return support;
}

/** The copies of reports (their spans), read as needed and kept: a report whose claims fall in several groups has its copies read once. */
class CopyFacts {
  private readonly byDoc = new Map<string, CopySpans[]>();
  /** each copy read, once: one between two reports read is the same object under both */
  private readonly byPair = new Map<string, CopySpans>();
  constructor(private readonly db: SqlDriver) {}

  /** The copies either of whose reports is one of those given (in no order: corroboration only counts what they show). */
  async touching(ids: readonly string[]): Promise<CopySpans[]> {
    const missing = [...new Set(ids)].filter((id) => !this.byDoc.has(id));
    for (const id of missing) this.byDoc.set(id, []);
    for (const side of ['a', 'b'] as const) {
      for (const read of await copySpans(this.db, side, missing)) {
        const pair = read.docs.join(' ');
        let copy = this.byPair.get(pair);
        if (!copy) this.byPair.set(pair, (copy = read));
        this.byDoc.get(side === 'a' ? copy.docs[0] : copy.docs[1])!.push(copy);
      }
    }
    // a copy between two of the reports given is listed under both, as one object
    return [...new Set(ids.flatMap((id) => this.byDoc.get(id)!))];
  }
}
