/**
 * Measure groups: the claims of all reports that measure the same thing, side
 * by side. Claims go together when their measure, unit and modality are the
 * same and what they count is compatible ("troops" and "North Korean
 * soldiers"; "casualties", which the measure already says, goes with any).
 * Planned or possible figures never join figures of what was done, a part
 * of another figure ("including 3,000") never joins its whole, and a figure
 * counting something else ("containers", "launchers") makes its own group; each group lists the groups of its measure it was kept apart from,
 * and why.
 *
 * Within a group, claims from different reports or claimants are judged
 * (`group-status.ts`, `claim-pairs.ts`): `conflict` and `revision` pairs make
 * the group `conflict`, `revised` or, both together, `mixed`; otherwise it is
 * `agree` (`single` when no two sources speak to it). Each claim then gets
 * its corroboration (`corroboration.ts`), from the copies between the
 * reports. Reads claims, documents and copies; never the texts.
 */
import type { Claim, Group, LedgerDocument } from '../ledger/schema.js';
import { copyIndex, type FoundCopy } from './copies.js';
import { corroborateGroups } from './corroboration.js';
import { cellOf, piecesOf, type Cell, type Piece } from './group-cells.js';
import { groupStanding, type StandingState } from './group-status.js';
import { pushTo } from '../core/multimap.js';

type Modality = Group['modality'];

/** Between the fields of a bucket key or a group's identity (a character no measure, unit or name holds, and text columns can). */
export const KEY_SEPARATOR = '\u001f';

/** Groups of the same measure listed as kept apart, at most. */
const MAX_APART = 12;

export interface Grouped {
  readonly groups: Group[];
  readonly claims: Claim[];
}

/** Names a group from what makes it one (bucket, counted class, country) and its place among those made in one call. */
export type GroupNamer = (identity: string, index: number) => string;

const byOrder: GroupNamer = (_identity, i) => `g${i + 1}`;

export function groupClaims(claims: readonly Claim[], documents: readonly LedgerDocument[], copies: readonly FoundCopy[]): Grouped {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const grouped = groupBuckets(claims, (c) => bucketOf(c, byId), byOrder);
  linkApart(grouped.groups, partLinks(grouped.claims, new Map(grouped.claims.map((c) => [c.id, c]))));
  return { groups: grouped.groups, claims: corroborateGroups(grouped.claims, copyIndex(copies), documents) };
}

/**
 * The key of the bucket a claim is grouped in: measure, unit, modality, and
 * whether it is a part of a figure of its measure. Groups never cross
 * buckets, so a store regroups only the buckets new claims fall in.
 */
export function bucketOf(claim: Claim, byId: ReadonlyMap<string, Claim>): string {
  // a part of a figure of its measure ("including 3,000") is another quantity, never the whole's rival
  const whole = claim.partOf ? byId.get(claim.partOf) : undefined;
  const part = whole && whole.measure === claim.measure ? `${KEY_SEPARATOR}part` : '';
  return [claim.measure, claim.unit ?? '', modalityOf(claim)].join(KEY_SEPARATOR) + part;
}

/**
 * The groups of the claims given (all the claims of each bucket they fall
 * in), with each claim's group; `apart` is left empty (`linkApart` fills it,
 * from all the groups of each measure) and so is each claim's corroboration
 * (`corroborateGroups`).
 */
export function groupBuckets(claims: readonly Claim[], bucket: (c: Claim) => string, name: GroupNamer): Grouped {
  // per bucket (in the order of their first claims), each cell's claims, in the order given
  const buckets = new Map<string, Map<string, { cell: { head: string | null; zone: string | null; count: number; first: number }; claims: Claim[] }>>();
  claims.forEach((claim, i) => {
    const key = bucket(claim);
    const cells = buckets.get(key) ?? buckets.set(key, new Map()).get(key)!;
    const { head, zone } = cellOf(claim);
    const at = `${head ?? ''}${KEY_SEPARATOR}${zone ?? ''}`;
    const entry = cells.get(at) ?? cells.set(at, { cell: { head, zone, count: 0, first: i }, claims: [] }).get(at)!;
    entry.cell.count++;
    entry.claims.push(claim);
  });
  const order = new Map(claims.map((c, i) => [c.id, i]));
  const groupOf = new Map<string, string>();
  const groups: Group[] = [];
  // groups bucket by bucket, then in the order of their first claim: the same batch gives the same ids, and a store that
  // groups one bucket at a time gives them too
  for (const [key, cells] of buckets) {
    const claimsOf = new Map([...cells.values()].map((e) => [e.cell as Cell, e.claims]));
    for (const piece of piecesOf([...claimsOf.keys()])) {
      const members = piece.cells.flatMap((c) => claimsOf.get(c)!).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      const group = groupOfPiece(name(identityOf(key, piece), groups.length), piece, members).group;
      for (const c of members) groupOf.set(c.id, group.id);
      groups.push(group);
    }
  }
  return { groups, claims: claims.map((c) => ({ ...c, group: groupOf.get(c.id)! })) };
}

/** What makes a group one, whatever its id: its bucket, what it counts and the country it is about. */
export function identityOf(bucket: string, piece: Pick<Piece, 'head' | 'zone'>): string {
  return [bucket, piece.head ?? '', piece.zone ?? ''].join(KEY_SEPARATOR);
}

/** A group from all its claims (in order), with the standing a store keeps to judge only the claims added later. */
export function groupOfPiece(id: string, piece: Pick<Piece, 'head' | 'zone'>, claims: readonly Claim[]): { group: Group; standing: StandingState } {
  const { status, pairs, pairsOmitted, state } = groupStanding(claims);
  const first = claims[0]!;
  const group: Group = {
    id,
    measure: first.measure,
    counted: piece.head,
    unit: first.unit,
    modality: modalityOf(first),
    country: piece.zone,
    claims: [],
    status,
    low: null,
    high: null,
    pairs,
    pairsOmitted,
    apart: [],
  };
  return { group: withMembers(group, claims), standing: state };
}

/** The group with claims added after its last one: their ids, and its range widened to take their figures in. */
export function withMembers(group: Group, added: readonly Claim[]): Group {
  let { low, high } = group;
  for (const c of added) {
    const l = c.value.low ?? c.value.high;
    const h = c.value.high ?? c.value.low;
    if (l !== null && (low === null || l < low)) low = l;
    if (h !== null && (high === null || h > high)) high = h;
  }
  return { ...group, claims: [...group.claims, ...added.map((c) => c.id)], low, high };
}

/** The links between the group of a part ("including 3,000") and the group of its whole, with the reason, keyed `part>whole`. */
export function partLinks(claims: readonly Claim[], byId: ReadonlyMap<string, Pick<Claim, 'group' | 'text'>>): Map<string, string> {
  const links = new Map<string, string>();
  for (const c of claims) {
    const whole = c.partOf ? byId.get(c.partOf) : undefined;
    const made = whole ? partLink(c, whole) : null;
    if (made && !links.has(made.link)) links.set(made.link, made.reason);
  }
  return links;
}

/** The link a part makes from its group to its whole's ("A>B") and the reason it gives; null where either is in no group. */
export function partLink(part: Pick<Claim, 'group' | 'text'>, whole: Pick<Claim, 'group' | 'text'>): { link: string; reason: string } | null {
  if (!part.group || !whole.group) return null;
  return { link: `${part.group}>${whole.group}`, reason: `${part.text} is a part of ${whole.text}` };
}

/** Fills each group's `apart`: the other groups of its measure and what keeps each apart from it. */
export function linkApart(groups: readonly Group[], links: ReadonlyMap<string, string>): void {
  const byMeasure = new Map<string, Group[]>();
  for (const g of groups) pushTo(byMeasure, g.measure, g);
  for (const g of groups) g.apart = apartFrom(g, byMeasure.get(g.measure)!, links);
}

function modalityOf(c: Claim): Modality {
  return c.modality === 'planned' ? 'planned' : c.modality === 'possible' ? 'possible' : c.modality === 'denied' ? 'denied' : 'done';
}

/** The other groups of the same measure, and what keeps each apart from this one. */
function apartFrom(g: Group, sameMeasure: readonly Group[], partLinks: ReadonlyMap<string, string>): Group['apart'] {
  const out: Group['apart'] = [];
  for (const o of sameMeasure) {
    if (o === g) continue;
    const reasons: string[] = [];
    for (const link of [`${o.id}>${g.id}`, `${g.id}>${o.id}`]) {
      const why = partLinks.get(link);
      if (why) reasons.push(why);
    }
    if (o.modality !== g.modality) reasons.push(`${o.modality} figures, not ${g.modality === 'done' ? 'what was done' : `${g.modality} ones`}`);
    if (o.unit !== g.unit) reasons.push(`in ${o.unit ?? 'no unit'}, not ${g.unit ?? 'no unit'}`);
    if (o.counted !== g.counted && o.counted !== null && g.counted !== null) reasons.push(`counts ${o.counted}, not ${g.counted}`);
    if (o.country !== g.country && o.country !== null && g.country !== null) reasons.push(`about ${o.country}, not ${g.country}`);
    if (reasons.length > 0) out.push({ group: o.id, reason: reasons.join('; ') });
    if (out.length === MAX_APART) break;
  }
  return out;
}
