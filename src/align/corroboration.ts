/**
 * How far the other reports bear a claim out, in time that grows with the
 * group's size (never with every two claims): the reports' and the families'
 * intervals are indexed once (`DistinctOverlap`), and each claim asks how
 * many of each overlap its own.
 * `claimants`: families with an agreeing figure, the claim's own included
 * (a figure the outlet gives on its own authority counts the outlet as the
 * family); `outlets`: reports with an agreeing figure, its own included; a
 * report that repeats it only in text copied from the claim's report counts
 * under `copies` instead, and a family seen only through such copies is not
 * counted.
 */
import type { Claim, LedgerDocument } from '../ledger/schema.js';
import { pushTo } from '../core/multimap.js';
import { contains, type Span } from '../core/span.js';
import { claimInterval } from './claim-interval.js';
import { DistinctOverlap, type Interval } from './distinct-overlap.js';
import { lowerBound, upperBound } from '../core/sorted-bounds.js';

/** The passages a report shares with one other: each passage as it lies in this report (`own`) and in the other (`other`). */
export interface SharedPassages {
  readonly doc: string;
  readonly own: readonly Span[];
  readonly other: readonly Span[];
}

export interface CopyIndex {
  /** the reports that share passages with this one, and those passages */
  partners(doc: string): readonly SharedPassages[];
}

/**
 * Each claim with its corroboration, the claims of each group judged
 * together in the order given (a claim in no group gets none). What the
 * ledger shows, made wherever a ledger is assembled: it changes for every
 * claim a new report agrees with, so a store keeps the groups and works
 * this out when it reads them.
 */
export function corroborateGroups(claims: readonly Claim[], copies: CopyIndex, documents: readonly Pick<LedgerDocument, 'id' | 'outlet'>[]): Claim[] {
  const outlets = new Map(documents.map((d) => [d.id, d.outlet ?? d.id]));
  const outletOf = (doc: string) => outlets.get(doc) ?? doc;
  const byGroup = new Map<string, Claim[]>();
  for (const c of claims) if (c.group) pushTo(byGroup, c.group, c);
  const support = new Map<string, NonNullable<Claim['corroboration']>>();
  for (const members of byGroup.values()) for (const [id, c] of corroborate(members, copies, outletOf)) support.set(id, c);
  return claims.map((c) => ({ ...c, corroboration: support.get(c.id) ?? null }));
}

/** What corroboration reads of a claim. */
export type CorroborationFacts = Pick<Claim, 'id' | 'doc' | 'family' | 'value' | 'qualifier' | 'span'>;

/**
 * The corroboration of a group's claims, each judged against all of them;
 * of the claims `only` names where given (a store's query), else of all.
 */
export function corroborate<C extends CorroborationFacts>(
  claims: readonly C[],
  copies: CopyIndex,
  outletOf: (doc: string) => string,
  only?: ReadonlySet<string>,
): Map<string, NonNullable<Claim['corroboration']>> {
  const familyOf = (c: C) => c.family ?? `outlet ${outletOf(c.doc)}`;
  const intervals = new Map<C, Interval>();
  for (const c of claims) {
    const i = claimInterval(c);
    if (i) intervals.set(c, i);
  }
  const byDoc = new Map<string, C[]>();
  const docIntervals = new Map<string, Interval[]>();
  const familyIntervals = new Map<string, Interval[]>();
  for (const c of claims) {
    pushTo(byDoc, c.doc, c);
    const i = intervals.get(c);
    if (!i) continue;
    pushTo(docIntervals, c.doc, i);
    pushTo(familyIntervals, familyOf(c), i);
  }
  const reports = new DistinctOverlap(docIntervals);
  const families = new DistinctOverlap(familyIntervals);
  const overlapsWith = (own: Interval) => (x: C) => {
    const i = intervals.get(x);
    return i !== undefined && i.low <= own.high && own.low <= i.high;
  };

  const counters = new Map<string, OverlapCounter>();
  const overlapping = (f: string): OverlapCounter => {
    let counter = counters.get(f);
    if (!counter) {
      counter = new OverlapCounter(familyIntervals.get(f) ?? []);
      counters.set(f, counter);
    }
    return counter;
  };

  const out = new Map<string, NonNullable<Claim['corroboration']>>();
  for (const c of claims) {
    if (only && !only.has(c.id)) continue;
    const own = intervals.get(c);
    if (!own) {
      out.set(c.id, { claimants: 1, outlets: 1, copies: 0 });
      continue;
    }
    const agrees = overlapsWith(own);
    const copied = copiedAgreeing(c, copies.partners(c.doc), byDoc, agrees);
    const copiedDocs = new Set(copied.map((x) => x.doc));
    // a family that agrees only through copies of this report is no independent claimant
    const copiedBy = countBy(copied, familyOf);
    const ownBy = copied.length > 0 ? countBy(byDoc.get(c.doc)!.filter(agrees), familyOf) : new Map<string, number>();
    let copiedOnly = 0;
    for (const [f, n] of copiedBy) {
      if (f === familyOf(c)) continue;
      if (overlapping(f).count(own) - n - (ownBy.get(f) ?? 0) <= 0) copiedOnly++;
    }
    out.set(c.id, { claimants: families.count(own.low, own.high) - copiedOnly, outlets: reports.count(own.low, own.high) - copiedDocs.size, copies: copiedDocs.size });
  }
  return out;
}

/** The agreeing claims of other reports that lie in a passage copied from (or into) the one the claim lies in. */
function copiedAgreeing<C extends CorroborationFacts>(c: C, partners: readonly SharedPassages[], byDoc: ReadonlyMap<string, readonly C[]>, agrees: (x: C) => boolean): C[] {
  const out: C[] = [];
  for (const p of partners) {
    const theirs = p.other.filter((_, k) => contains(p.own[k]!, c.span));
    if (theirs.length === 0) continue;
    for (const x of byDoc.get(p.doc) ?? []) if (agrees(x) && theirs.some((span) => contains(span, x.span))) out.push(x);
  }
  return out;
}

function countBy<T>(list: readonly T[], key: (x: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const x of list) out.set(key(x), (out.get(key(x)) ?? 0) + 1);
  return out;
}

/**
 * How many of a family's intervals overlap a figure's, in time that grows
 * with the log of their number: those that start at or before its high end,
 * less those that end before its low end.
 */
class OverlapCounter {
  private readonly lows: Float64Array;
  private readonly highs: Float64Array;

  constructor(list: readonly Interval[]) {
    this.lows = Float64Array.from(list, (i) => i.low).sort();
    this.highs = Float64Array.from(list, (i) => i.high).sort();
  }

  count(own: Interval): number {
    return upperBound(this.lows, own.high) - lowerBound(this.highs, own.low);
  }
}
