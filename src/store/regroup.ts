/**
 * The store's cross-document step: the groups of the buckets marked since
 * the last run, as `groupClaims` would make them from all the store's claims,
 * for a cost that grows with the new claims, not with the store.
 *
 * Each bucket's split into groups comes from its cells' counts and first
 * claims (`piecesOf`), one aggregate over an index, so no claim is read to
 * tell which groups new claims fall in and which groups keep their members.
 * A group that only gained claims after its last one, with the standing kept
 * from last time, judges its new voices alone (`extendStanding`); a group
 * that lost or swapped members, is new, or whose edges the new claims move is
 * made again from all its claims. Each group keeps its claims' counts per
 * cell, so a bucket that only gained claims counts the new ones alone (an
 * index of the claims not yet grouped); one that lost claims to a replaced
 * report counts all of its claims. Then the part-of links (`part-links.ts`)
 * and the `apart` links of the measures touched. Claims join a group a cell
 * at a time, by the `grp` column alone: records are not rewritten
 * (`claim-record.ts`). Group ids stay with what
 * makes a group (bucket, counted class, country) from run to run; new ones
 * are numbered in the order `groupClaims` numbers them. Runs inside the
 * caller's transaction.
 */
import { groupOfPiece, identityOf, KEY_SEPARATOR, linkApart, withMembers } from '../align/groups.js';
import { piecesOf, type Cell, type Piece } from '../align/group-cells.js';
import { extendStanding, type StandingState } from '../align/group-status.js';
import type { Claim, Group } from '../ledger/schema.js';
import { voiceHash } from './claim-cells.js';
import { claimOfRow, type ClaimRecordRow } from './claim-record.js';
import { CLAIM_ORDER, claimOrder, claimOrderSql } from './claim-order.js';
import { linksOf, updatePartLinks, type NewPart } from './part-links.js';
import { inLists, insertMany, keysetPages, marks, type SqlDriver } from './sql.js';
import { pushAll } from '../core/push-all.js';

export interface RegroupResult {
  readonly buckets: number;
  /** claims read to make or grow their groups */
  readonly claims: number;
  /** groups made or grown */
  readonly groups: number;
  /** buckets whose cells were counted from all their claims (one that lost claims, or a store older than the kept counts), not from their groups' counts and the new claims */
  readonly counted: number;
  /** measures whose part-of links were worked out from all their part claims, not added to */
  readonly relinked: number;
}

/** What the store keeps with a group besides its record: its size, where its last claim stands, its standing, and its claims per cell. */
interface GroupState {
  readonly count: number;
  readonly last: number;
  readonly standing: StandingState;
  /** absent in a store written before they were kept */
  readonly cells?: readonly CellTally[];
}

/** A group's claims of one cell: the cell (head, zone), how many, and the first and last one's place. */
type CellTally = readonly [head: string, zone: string, members: number, first: number, last: number];

type CellRow = {
  head: string;
  zone: string;
  grp: string | null;
  members: number;
  first: number;
  last: number;
};

/** A claim's place in the store's order as one number, in SQL (`claim-order.ts`). */
const ORDER = claimOrderSql();

/** Claims are read and parsed a page at a time: a group of 100,000 claims never holds all their records' text besides the claims. */
const CLAIMS_PAGE = 5000;

/** `page`: the claims read at a time (the tests make it small, so that a group spans pages) */
export async function regroupStore(db: SqlDriver, { page = CLAIMS_PAGE }: { readonly page?: number } = {}): Promise<RegroupResult> {
  const dirty = await db.all<{ bucket: string; lost: number }>('SELECT bucket, lost FROM dirty_buckets');
  if (dirty.length === 0) return { buckets: 0, claims: 0, groups: 0, counted: 0, relinked: 0 };
  const plans: BucketPlan[] = [];
  for (const d of dirty) plans.push(await planBucket(db, d.bucket, Number(d.lost) !== 0));
  // buckets in the order of their first claims, as `groupClaims` meets them (new groups are numbered in that order)
  const firstOf = (p: BucketPlan) => p.rows.reduce((m, r) => Math.min(m, r.first), Infinity);
  plans.sort((a, b) => firstOf(a) - firstOf(b) || a.bucket.localeCompare(b.bucket));
  const namer = await groupNamer(db);
  const totals = { claims: 0, groups: 0, counted: 0 };
  const measures = new Set<string>();
  // measures whose part-of links must be worked out again: claims left a group in them
  const moved = new Set<string>();
  const parts: NewPart[] = [];
  for (const plan of plans) {
    const measure = plan.bucket.split(KEY_SEPARATOR)[0]!;
    const done = await regroupBucket(db, plan, namer, parts, page);
    totals.claims += done.claims;
    totals.groups += done.groups;
    if (plan.counted) totals.counted++;
    if (done.groups > 0 || done.dropped > 0) measures.add(measure);
    if (plan.lost || done.moved || done.dropped > 0) moved.add(measure);
    await db.run('DELETE FROM dirty_buckets WHERE bucket = ?', [plan.bucket]);
  }
  const relinked = await updatePartLinks(db, moved, parts);
  await linkApartIn(db, [...measures]);
  return { buckets: dirty.length, ...totals, relinked };
}

/** A marked bucket as it stands before its regroup: each group's claims per cell, and the claims not yet grouped. */
interface BucketPlan {
  readonly bucket: string;
  readonly lost: boolean;
  readonly rows: readonly CellRow[];
  /** each group of the bucket and what the store keeps with it (null in a store written before) */
  readonly stored: ReadonlyMap<string, GroupState | null>;
  /** whether the rows were counted from all the bucket's claims */
  readonly counted: boolean;
}

async function planBucket(db: SqlDriver, bucket: string, lost: boolean): Promise<BucketPlan> {
  const stored = new Map(
    (await db.all<{ id: string; state: string | null }>('SELECT id, state FROM groups WHERE bucket = ? AND record IS NOT NULL', [bucket])).map((r) => [r.id, r.state ? (JSON.parse(r.state) as GroupState) : null]),
  );
  const number = (r: CellRow): CellRow => ({ ...r, members: Number(r.members), first: Number(r.first), last: Number(r.last) });
  const kept = [...stored].map(([id, state]) => (state?.cells ? state.cells.map(([head, zone, members, first, last]) => ({ head, zone, grp: id, members, first, last })) : null));
  // every claim of the bucket is either counted in its group's kept cells or not grouped yet, unless a replaced report took some away
  if (!lost && kept.every((cells) => cells !== null)) {
    // SQLite, without statistics, would rather scan the bucket in claims_cells than read the small index of the claims not grouped
    const ungrouped = db.dialect === 'sqlite' ? 'claims INDEXED BY claims_ungrouped' : 'claims';
    const fresh = await db.all<CellRow>(
      `SELECT head, zone, NULL AS grp, count(*) AS members, MIN(${ORDER}) AS first, MAX(${ORDER}) AS last FROM ${ungrouped} WHERE bucket = ? AND grp IS NULL GROUP BY head, zone`,
      [bucket],
    );
    return { bucket, lost, rows: [...kept.flatMap((cells) => cells!), ...fresh.map(number)], stored, counted: false };
  }
  const rows = await db.all<CellRow>(`SELECT head, zone, grp, count(*) AS members, MIN(${ORDER}) AS first, MAX(${ORDER}) AS last FROM claims WHERE bucket = ? GROUP BY head, zone, grp`, [bucket]);
  return { bucket, lost, rows: rows.map(number), stored, counted: true };
}

/** Names groups by their identity: the id a group of that identity had, or the next one. */
async function groupNamer(db: SqlDriver): Promise<{ name: (identity: string) => string; identity: (id: string) => string }> {
  const names = new Map((await db.all<{ identity: string; id: string }>('SELECT identity, id FROM groups')).map((r) => [r.identity, r.id]));
  const identities = new Map([...names].map(([identity, id]) => [id, identity]));
  const [{ m } = { m: 0 }] = await db.all<{ m: number | null }>('SELECT max(n) AS m FROM groups');
  let next = Number(m ?? 0);
  return {
    name: (identity) => {
      let id = names.get(identity);
      if (!id) {
        id = `g${++next}`;
        names.set(identity, id);
        identities.set(id, identity);
      }
      return id;
    },
    identity: (id) => identities.get(id)!,
  };
}

async function regroupBucket(
  db: SqlDriver,
  { bucket, rows, stored }: BucketPlan,
  namer: Awaited<ReturnType<typeof groupNamer>>,
  parts: NewPart[],
  page: number,
): Promise<{ claims: number; groups: number; dropped: number; moved: boolean }> {
  const cells = new Map<string, { cell: Cell; rows: CellRow[] }>();
  const held = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.head}${KEY_SEPARATOR}${r.zone}`;
    const had = cells.get(key);
    const cell: Cell = { head: r.head || null, zone: r.zone || null, count: (had?.cell.count ?? 0) + r.members, first: Math.min(had?.cell.first ?? Infinity, r.first) };
    cells.set(key, { cell, rows: [...(had?.rows ?? []), r] });
    if (r.grp !== null) held.set(r.grp, (held.get(r.grp) ?? 0) + r.members);
  }
  const rowsOf = new Map([...cells.values()].map((e) => [e.cell, e.rows]));
  const out = { claims: 0, groups: 0, dropped: 0, moved: false };
  const live = new Set<string>();
  for (const piece of piecesOf([...rowsOf.keys()])) {
    const id = namer.name(identityOf(bucket, piece));
    live.add(id);
    const pieceRows = piece.cells.flatMap((c) => rowsOf.get(c)!);
    const own = pieceRows.filter((r) => r.grp === id).reduce((n, r) => n + r.members, 0);
    const incoming = pieceRows.filter((r) => r.grp === null);
    const state = stored.get(id);
    // every claim the group had is still in it and in no other group, and none came from another group
    const kept = state !== undefined && state !== null && own === state.count && held.get(id) === own && pieceRows.every((r) => r.grp === id || r.grp === null);
    const ownCells = pieceRows.filter((r) => r.grp === id).map((r): CellTally => [r.head, r.zone, r.members, r.first, r.last]);
    if (kept && incoming.length === 0) {
      // a group of a store written before groups kept their cells gets them, so that the next regroup of its bucket need not count
      if (!state.cells) await db.run('UPDATE groups SET state = ? WHERE id = ?', [JSON.stringify({ ...state, cells: ownCells }), id]);
      continue;
    }
    const grown = kept && Math.min(...incoming.map((r) => r.first)) > state.last ? await growGroup(db, bucket, id, { ...state, cells: ownCells }, incoming, page) : null;
    const made = grown ?? (await makeGroup(db, bucket, id, piece, page));
    await insertMany(
      db,
      'INSERT INTO groups (id, n, identity, bucket, measure, record, state)',
      7,
      [[id, Number(id.slice(1)), namer.identity(id), bucket, made.group.measure, JSON.stringify(made.group), JSON.stringify(made.state)]],
      'ON CONFLICT (id) DO UPDATE SET record = excluded.record, state = excluded.state',
    );
    // by the column alone (`claim-record.ts`): a claim that leaves another group by its id; the claims not grouped yet
    // a cell at a time (each is every ungrouped claim of its cell), as a first grouping moves every claim of the store
    const joining = new Map<string, Pick<Placed, 'head' | 'zone'>>();
    for (const { claim: c, order, head, zone } of made.changed) {
      if (c.group !== null) {
        out.moved = true;
        await db.run('UPDATE claims SET grp = ? WHERE id = ?', [id, c.id]);
        continue;
      }
      joining.set(`${head}${KEY_SEPARATOR}${zone}`, { head, zone });
      if (c.partOf) parts.push({ measure: c.measure, group: id, partOf: c.partOf, text: c.text, order });
    }
    for (const { head, zone } of joining.values()) await db.run('UPDATE claims SET grp = ? WHERE bucket = ? AND head = ? AND zone = ? AND grp IS NULL', [id, bucket, head, zone]);
    out.claims += made.read;
    out.groups++;
  }
  for (const id of stored.keys()) {
    if (live.has(id)) continue;
    await db.run('UPDATE groups SET record = NULL, state = NULL WHERE id = ?', [id]);
    out.dropped++;
  }
  return out;
}

/** A claim with its place in the store's order and its cell. */
interface Placed {
  readonly claim: Claim;
  readonly order: number;
  readonly head: string;
  readonly zone: string;
}

interface Made {
  readonly group: Group;
  readonly state: GroupState;
  /** the claims whose group this is now, and was not */
  readonly changed: readonly Placed[];
  readonly read: number;
}

type ClaimRow = ClaimRecordRow & { seq: number; n: number; head: string; zone: string };

/** A group made from all its claims. */
async function makeGroup(db: SqlDriver, bucket: string, id: string, piece: Piece, page: number): Promise<Made> {
  const placed: Placed[] = [];
  for (const cell of piece.cells) {
    const [head, zone] = [cell.head ?? '', cell.zone ?? ''];
    // each group the cell's claims are in (or none), read as a range of `claims_cells`
    for (const { grp } of await db.all<{ grp: string | null }>('SELECT DISTINCT grp FROM claims WHERE bucket = ? AND head = ? AND zone = ?', [bucket, head, zone])) {
      pushAll(placed, await placedClaims(db, { bucket, head, zone, grp }, page));
    }
  }
  sortByOrder(placed);
  const { group, standing } = groupOfPiece(id, piece, placed.map((p) => p.claim));
  const last = placed.at(-1)?.order ?? -1;
  return { group, state: { count: placed.length, last, standing, cells: tally([], placed) }, changed: placed.filter((p) => p.claim.group !== id), read: placed.length };
}

/** The claims of a cell in one group (`null`: in none yet), in the store's order, parsed page by page. */
async function placedClaims(db: SqlDriver, { bucket, head, zone, grp }: { bucket: string; head: string; zone: string; grp: string | null }, page: number): Promise<Placed[]> {
  const out: Placed[] = [];
  const pages = keysetPages<ClaimRow>(db, {
    columns: 'head, zone, grp, record',
    from: 'claims',
    keys: CLAIM_ORDER,
    where: ['bucket = ?', 'head = ?', 'zone = ?', grp === null ? 'grp IS NULL' : 'grp = ?'],
    params: grp === null ? [bucket, head, zone] : [bucket, head, zone, grp],
    size: page,
  });
  for await (const rows of pages) for (const r of rows) out.push({ claim: claimOfRow(r), order: claimOrder(r), head: r.head, zone: r.zone });
  return out;
}

/** A group grown by claims after its last one, judging them alone; null where its standing must be worked out from all its claims. */
async function growGroup(db: SqlDriver, bucket: string, id: string, state: GroupState, incoming: readonly CellRow[], page: number): Promise<Made | null> {
  const placed: Placed[] = [];
  for (const r of incoming) pushAll(placed, await placedClaims(db, { bucket, head: r.head, zone: r.zone, grp: null }, page));
  sortByOrder(placed);
  const added = placed.map((p) => p.claim);
  const [record] = await db.all<{ record: string }>('SELECT record FROM groups WHERE id = ?', [id]);
  if (!record) return null;
  const before = JSON.parse(record.record) as Group;
  const voices = added.map(voiceHash);
  // each new voice key's first claim in the group, if it had one: one index seek per key
  const priorDoc = new Map<string, string>();
  for (const voice of new Set(voices)) {
    const [first] = await db.all<{ doc: string }>('SELECT doc FROM claims WHERE grp = ? AND voice = ? ORDER BY seq, n LIMIT 1', [id, voice]);
    if (first) priorDoc.set(voice, first.doc);
  }
  // the claims it judges the new voices against: its edges, or every voice of a group judged pair by pair
  const againstIds = [...new Set([...state.standing.edges.flatMap(([lo, hi]) => [lo.id, hi.id]), ...(state.standing.voiceIds ?? [])])];
  const edges = new Map<string, Claim>();
  for (const part of inLists(againstIds)) {
    for (const r of await db.all<ClaimRecordRow & { id: string }>(`SELECT id, grp, record FROM claims WHERE id IN (${marks(part.length)})`, part)) edges.set(r.id, claimOfRow(r));
  }
  const voiceOf = new Map(added.map((c, i) => [c, voices[i]!]));
  const standing = extendStanding(before, state.standing, added, (c) => priorDoc.get(voiceOf.get(c)!), (edge) => edges.get(edge));
  if (!standing) return null;
  const group = withMembers({ ...before, status: standing.status, pairs: standing.pairs, pairsOmitted: standing.pairsOmitted }, added);
  const last = placed.at(-1)?.order ?? state.last;
  return {
    group,
    state: { count: state.count + added.length, last, standing: standing.state, cells: tally(state.cells ?? [], placed) },
    changed: placed,
    read: added.length,
  };
}

function sortByOrder(placed: Placed[]): void {
  placed.sort((a, b) => a.order - b.order);
}

/** A group's claims per cell: those it kept, with the claims given added. */
function tally(kept: readonly CellTally[], placed: readonly Placed[]): CellTally[] {
  const cells = new Map<string, [string, string, number, number, number]>(kept.map(([head, zone, members, first, last]) => [`${head}${KEY_SEPARATOR}${zone}`, [head, zone, members, first, last]]));
  for (const { head, zone, order } of placed) {
    const key = `${head}${KEY_SEPARATOR}${zone}`;
    const cell = cells.get(key);
    if (cell) {
      cell[2]++;
      cell[3] = Math.min(cell[3], order);
      cell[4] = Math.max(cell[4], order);
    } else cells.set(key, [head, zone, 1, order, order]);
  }
  return [...cells.values()];
}

/** The `apart` links of every group of the measures given, from the groups' records and the part-of links kept. */
async function linkApartIn(db: SqlDriver, measures: readonly string[]): Promise<void> {
  const groups: Group[] = [];
  for (const part of inLists(measures)) {
    for (const r of await db.all<{ record: string }>(`SELECT record FROM groups WHERE measure IN (${marks(part.length)}) AND record IS NOT NULL`, part)) groups.push(JSON.parse(r.record) as Group);
  }
  groups.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  const before = new Map(groups.map((g) => [g.id, JSON.stringify(g.apart)]));
  linkApart(groups, await linksOf(db, measures));
  for (const g of groups) if (JSON.stringify(g.apart) !== before.get(g.id)) await db.run('UPDATE groups SET record = ? WHERE id = ?', [JSON.stringify(g), g.id]);
}
