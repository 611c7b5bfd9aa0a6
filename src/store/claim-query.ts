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
import { copyIndex, type CopySpans } from '../align/copies.js';
import { corroborate } from '../align/corroboration.js';
import type { Claim, Group } from '../ledger/schema.js';
import { claimMatcher, type ClaimFilter } from '../server/filters.js';
import { CLAIM_ORDER } from './claim-order.js';
import { claimOfRow, type ClaimRecordRow } from './claim-record.js';
import { DocumentFacts, groupStatuses, memberFacts, type ReportFacts } from './record-facts.js';
import { copySpans } from './copy-spans.js';
import { keysetPages, type SqlDriver, type SqlValue } from './sql.js';

export type { ClaimFilter };

/** The matching claims (with their corroboration), and what showing them needs of their reports and groups. */
export interface ClaimMatches {
  readonly claims: Claim[];
  readonly documents: ReportFacts[];
  readonly groups: Pick<Group, 'id' | 'status'>[];
}

export async function queryClaims(db: SqlDriver, q: ClaimFilter, { limit = Infinity, page = 2000 }: { limit?: number; page?: number } = {}): Promise<ClaimMatches> {
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
  if (limit > 0) {
    reading: for await (const rows of keysetPages<ClaimRecordRow & { doc: string }>(db, { columns: 'doc, grp, record', from: 'claims', keys: CLAIM_ORDER, where, params, size: page })) {
      if (q.outlet) await docs.load(rows.map((r) => r.doc));
      for (const r of rows) {
        const c = claimOfRow(r);
        if (matches(c)) found.push(c);
        if (found.length === limit) break reading;
      }
    }
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
