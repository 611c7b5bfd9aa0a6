/**
 * The part-of links between a store's groups ("3,000 is a part of 14,000":
 * what keeps a group of parts apart from the group of their wholes), kept in
 * `part_links`, one row per pair of groups, with the first part (in the
 * store's order) that makes it, as `partLink` names it.
 *
 * A regroup in which every claim that changed group is new (it had none)
 * only adds links, and those a new part makes: a part and its whole are
 * claims of one report, and a new report's claims come after every claim the
 * store held, so a pair linked before keeps its first part. A measure where
 * claims moved between groups or went with a replaced report has its links
 * worked out again from all its part claims. Runs inside the regroup's
 * transaction; reads and writes `claims` and `part_links` only.
 */
import { partLink } from '../align/groups.js';
import type { Claim } from '../ledger/schema.js';
import { claimOrderSql, claimPlace } from './claim-order.js';
import { claimOfRow, type ClaimRecordRow } from './claim-record.js';
import { inLists, insertMany, marks, type SqlDriver, type SqlValue } from './sql.js';

/** A claim that is a part of another, grouped for the first time by this regroup. */
export interface NewPart {
  readonly measure: string;
  readonly group: string;
  readonly partOf: string;
  readonly text: string;
  /** its place in the store's order */
  readonly order: number;
}

const COMPLETE = 'part_links';

/** Whether the store keeps every link (a store written before it kept them has none until its first regroup). */
async function complete(db: SqlDriver): Promise<boolean> {
  return (await db.all('SELECT value FROM tally_meta WHERE key = ?', [COMPLETE])).length > 0;
}

/**
 * Brings the kept links up to date after a regroup: `remade`, the measures
 * whose links are worked out from all their part claims; `added`, the new
 * parts grouped in every other measure. Returns the measures worked out again.
 */
export async function updatePartLinks(db: SqlDriver, remade: ReadonlySet<string>, added: readonly NewPart[]): Promise<number> {
  const whole = !(await complete(db));
  const again = whole ? (await db.all<{ measure: string }>('SELECT DISTINCT measure FROM claims WHERE part_of IS NOT NULL')).map((r) => r.measure) : [...remade];
  for (const measure of again) await relink(db, measure);
  if (whole) await db.run('INSERT INTO tally_meta (key, value) VALUES (?, ?)', [COMPLETE, '1']);
  else await addLinks(db, added.filter((p) => !remade.has(p.measure)));
  return again.length;
}

/** The links of the measures given, by link ("A>B", the group of the parts, then of the wholes). */
export async function linksOf(db: SqlDriver, measures: readonly string[]): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  for (const part of inLists(measures)) {
    for (const r of await db.all<{ link: string; reason: string }>(`SELECT link, reason FROM part_links WHERE measure IN (${marks(part.length)})`, part)) links.set(r.link, r.reason);
  }
  return links;
}

/** The links new parts make that the store did not have, each with its first new part. */
async function addLinks(db: SqlDriver, added: readonly NewPart[]): Promise<void> {
  if (added.length === 0) return;
  const wholes = new Map<string, Pick<Claim, 'group' | 'text'>>();
  for (const part of inLists([...new Set(added.map((p) => p.partOf))])) {
    for (const r of await db.all<ClaimRecordRow & { id: string }>(`SELECT id, grp, record FROM claims WHERE id IN (${marks(part.length)})`, part)) {
      const { group, text } = claimOfRow(r);
      wholes.set(r.id, { group, text });
    }
  }
  const firsts = new Map<string, { measure: string; order: number; reason: string }>();
  for (const p of [...added].sort((a, b) => a.order - b.order)) {
    const w = wholes.get(p.partOf);
    const made = w ? partLink(p, w) : null;
    if (made && !firsts.has(made.link)) firsts.set(made.link, { measure: p.measure, order: p.order, reason: made.reason });
  }
  const held = new Set<string>();
  for (const part of inLists([...firsts.keys()])) {
    for (const r of await db.all<{ link: string }>(`SELECT link FROM part_links WHERE link IN (${marks(part.length)})`, part)) held.add(r.link);
  }
  const rows = [...firsts].filter(([link]) => !held.has(link)).map(([link, f]) => [link, f.measure, f.order, f.reason]);
  await insertMany(db, 'INSERT INTO part_links (link, measure, first, reason)', 4, rows);
}

/** A measure's links worked out again from all its part claims: one row per link from the database, then the texts of those few claims. */
async function relink(db: SqlDriver, measure: string): Promise<void> {
  const firsts = (
    await db.all<{ first: number }>(
      `SELECT MIN(${claimOrderSql('p')}) AS first FROM claims p JOIN claims w ON w.id = p.part_of
       WHERE p.part_of IS NOT NULL AND p.measure = ? AND p.grp IS NOT NULL AND w.grp IS NOT NULL GROUP BY p.grp, w.grp`,
      [measure],
    )
  )
    .map((r) => Number(r.first))
    .sort((a, b) => a - b);
  const rows: SqlValue[][] = [];
  for (const first of firsts) {
    const { seq, n } = claimPlace(first);
    const [r] = await db.all<ClaimRecordRow & { whole: string; whole_grp: string | null }>(
      'SELECT p.grp, p.record, w.grp AS whole_grp, w.record AS whole FROM claims p JOIN claims w ON w.id = p.part_of WHERE p.seq = ? AND p.n = ?',
      [seq, n],
    );
    const made = r ? partLink(claimOfRow(r), claimOfRow({ grp: r.whole_grp, record: r.whole })) : null;
    if (made) rows.push([made.link, measure, first, made.reason]);
  }
  await db.run('DELETE FROM part_links WHERE measure = ?', [measure]);
  await insertMany(db, 'INSERT INTO part_links (link, measure, first, reason)', 4, rows);
}
