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
 * made again from all its claims. Then the `apart` links of the measures
 * touched. Group ids stay with what makes a group (bucket, counted class,
 * country) from run to run; new ones are numbered in the order `groupClaims`
 * numbers them. Runs inside the caller's transaction.
 */
import { groupOfPiece, identityOf, KEY_SEPARATOR, linkApart, partLinks, withMembers } from '../align/groups.js';
import { piecesOf, type Cell, type Piece } from '../align/group-cells.js';
import { extendStanding, type StandingState } from '../align/group-status.js';
import type { Claim, Group } from '../ledger/schema.js';
import { voiceHash } from './claim-cells.js';
import { inLists, insertMany, marks, type SqlDriver } from './sql.js';

export interface RegroupResult {
  readonly buckets: number;
  /** claims read to make or grow their groups */
  readonly claims: number;
  /** groups made or grown */
  readonly groups: number;
}

/** What the store keeps with a group besides its record: its size, where its last claim stands, and its standing. */
interface GroupState {
  readonly count: number;
  readonly last: number;
  readonly standing: StandingState;
}

type CellRow = {
  head: string;
  zone: string;
  grp: string | null;
  members: number;
  first: number;
  last: number;
};

/** A claim's place in the store's order as one number (a report's place, then the claim's within it), in SQL and here. */
const ORDER = 'CAST(seq AS BIGINT) * 1000000 + n';
const orderOf = (r: { seq: number; n: number }) => Number(r.seq) * 1e6 + Number(r.n);

export async function regroupStore(db: SqlDriver): Promise<RegroupResult> {
  const dirty = (await db.all<{ bucket: string }>('SELECT bucket FROM dirty_buckets')).map((r) => r.bucket);
  if (dirty.length === 0) return { buckets: 0, claims: 0, groups: 0 };
  const first = new Map<string, number>();
  for (const part of inLists(dirty)) {
    for (const r of await db.all<{ bucket: string; first: number }>(`SELECT bucket, MIN(${ORDER}) AS first FROM claims WHERE bucket IN (${marks(part.length)}) GROUP BY bucket`, part)) first.set(r.bucket, Number(r.first));
  }
  const ordered = [...dirty].sort((a, b) => (first.get(a) ?? Infinity) - (first.get(b) ?? Infinity) || a.localeCompare(b));
  const namer = await groupNamer(db);
  const totals = { claims: 0, groups: 0 };
  const measures = new Set<string>();
  for (const bucket of ordered) {
    const done = await regroupBucket(db, bucket, namer);
    totals.claims += done.claims;
    totals.groups += done.groups;
    if (done.groups > 0 || done.dropped > 0) measures.add(bucket.split(KEY_SEPARATOR)[0]!);
    await db.run('DELETE FROM dirty_buckets WHERE bucket = ?', [bucket]);
  }
  await linkApartIn(db, [...measures]);
  return { buckets: dirty.length, ...totals };
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

async function regroupBucket(db: SqlDriver, bucket: string, namer: Awaited<ReturnType<typeof groupNamer>>): Promise<{ claims: number; groups: number; dropped: number }> {
  const rows = (await db.all<CellRow>(`SELECT head, zone, grp, count(*) AS members, MIN(${ORDER}) AS first, MAX(${ORDER}) AS last FROM claims WHERE bucket = ? GROUP BY head, zone, grp`, [bucket])).map(
    (r) => ({ ...r, members: Number(r.members), first: Number(r.first), last: Number(r.last) }),
  );
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
  const stored = new Map(
    (await db.all<{ id: string; state: string | null }>('SELECT id, state FROM groups WHERE bucket = ? AND record IS NOT NULL', [bucket])).map((r) => [r.id, r.state ? (JSON.parse(r.state) as GroupState) : null]),
  );
  const out = { claims: 0, groups: 0, dropped: 0 };
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
    if (kept && incoming.length === 0) continue;
    const grown = kept && Math.min(...incoming.map((r) => r.first)) > state.last ? await growGroup(db, bucket, id, state, incoming) : null;
    const made = grown ?? (await makeGroup(db, bucket, id, piece));
    await insertMany(
      db,
      'INSERT INTO groups (id, n, identity, bucket, measure, record, state)',
      7,
      [[id, Number(id.slice(1)), namer.identity(id), bucket, made.group.measure, JSON.stringify(made.group), JSON.stringify(made.state)]],
      'ON CONFLICT (id) DO UPDATE SET record = excluded.record, state = excluded.state',
    );
    for (const c of made.changed) await db.run('UPDATE claims SET grp = ?, record = ? WHERE id = ?', [id, JSON.stringify({ ...c, group: id }), c.id]);
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

interface Made {
  readonly group: Group;
  readonly state: GroupState;
  /** the claims whose group this is now, and was not */
  readonly changed: readonly Claim[];
  readonly read: number;
}

/** A group made from all its claims. */
async function makeGroup(db: SqlDriver, bucket: string, id: string, piece: Piece): Promise<Made> {
  const rows: { seq: number; n: number; record: string }[] = [];
  for (const cell of piece.cells) {
    rows.push(...(await db.all<{ seq: number; n: number; record: string }>('SELECT seq, n, record FROM claims WHERE bucket = ? AND head = ? AND zone = ?', [bucket, cell.head ?? '', cell.zone ?? ''])));
  }
  const claims = inOrder(rows);
  const { group, standing } = groupOfPiece(id, piece, claims);
  const last = rows.reduce((m, r) => Math.max(m, orderOf(r)), -1);
  return { group, state: { count: claims.length, last, standing }, changed: claims.filter((c) => c.group !== id), read: claims.length };
}

/** A group grown by claims after its last one, judging them alone; null where its standing must be worked out from all its claims. */
async function growGroup(db: SqlDriver, bucket: string, id: string, state: GroupState, incoming: readonly CellRow[]): Promise<Made | null> {
  const rows: { seq: number; n: number; record: string }[] = [];
  for (const r of incoming) {
    rows.push(...(await db.all<{ seq: number; n: number; record: string }>('SELECT seq, n, record FROM claims WHERE bucket = ? AND head = ? AND zone = ? AND grp IS NULL', [bucket, r.head, r.zone])));
  }
  const added = inOrder(rows);
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
    for (const r of await db.all<{ id: string; record: string }>(`SELECT id, record FROM claims WHERE id IN (${marks(part.length)})`, part)) edges.set(r.id, JSON.parse(r.record) as Claim);
  }
  const voiceOf = new Map(added.map((c, i) => [c, voices[i]!]));
  const standing = extendStanding(before, state.standing, added, (c) => priorDoc.get(voiceOf.get(c)!), (edge) => edges.get(edge));
  if (!standing) return null;
  const group = withMembers({ ...before, status: standing.status, pairs: standing.pairs, pairsOmitted: standing.pairsOmitted }, added);
  const last = rows.reduce((m, r) => Math.max(m, orderOf(r)), state.last);
  return { group, state: { count: state.count + added.length, last, standing: standing.state }, changed: added, read: added.length };
}

function inOrder(rows: readonly { seq: number; n: number; record: string }[]): Claim[] {
  return [...rows].sort((a, b) => orderOf(a) - orderOf(b)).map((r) => JSON.parse(r.record) as Claim);
}

/** The `apart` links of every group of the measures given, from the groups' records and the claims that are parts of others. */
async function linkApartIn(db: SqlDriver, measures: readonly string[]): Promise<void> {
  const groups: Group[] = [];
  for (const part of inLists(measures)) {
    for (const r of await db.all<{ record: string }>(`SELECT record FROM groups WHERE measure IN (${marks(part.length)}) AND record IS NOT NULL`, part)) groups.push(JSON.parse(r.record) as Group);
  }
  groups.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  const before = new Map(groups.map((g) => [g.id, JSON.stringify(g.apart)]));
  linkApart(groups, await partLinksOf(db, measures));
  for (const g of groups) if (JSON.stringify(g.apart) !== before.get(g.id)) await db.run('UPDATE groups SET record = ? WHERE id = ?', [JSON.stringify(g), g.id]);
}

/**
 * The part-of links between groups of the measures given, each with the
 * first part (in the store's order) that makes it: one row per link from the
 * database, then the texts of those few claims.
 */
async function partLinksOf(db: SqlDriver, measures: readonly string[]): Promise<Map<string, string>> {
  const firsts: { seq: number; n: number }[] = [];
  for (const part of inLists(measures)) {
    const rows = await db.all<{ first: number }>(
      `SELECT MIN(CAST(p.seq AS BIGINT) * 1000000 + p.n) AS first FROM claims p JOIN claims w ON w.id = p.part_of
       WHERE p.part_of IS NOT NULL AND p.measure IN (${marks(part.length)}) AND p.grp IS NOT NULL AND w.grp IS NOT NULL GROUP BY p.grp, w.grp`,
      part,
    );
    for (const r of rows) firsts.push({ seq: Math.floor(Number(r.first) / 1e6), n: Number(r.first) % 1e6 });
  }
  firsts.sort((a, b) => a.seq - b.seq || a.n - b.n);
  const parts: Claim[] = [];
  const wholes = new Map<string, Pick<Claim, 'group' | 'text'>>();
  for (const { seq, n } of firsts) {
    const [r] = await db.all<{ record: string; whole: string }>('SELECT p.record, w.record AS whole FROM claims p JOIN claims w ON w.id = p.part_of WHERE p.seq = ? AND p.n = ?', [seq, n]);
    if (!r) continue;
    const c = JSON.parse(r.record) as Claim;
    const whole = JSON.parse(r.whole) as Claim;
    parts.push(c);
    wholes.set(whole.id, whole);
  }
  return partLinks(parts, wholes);
}
