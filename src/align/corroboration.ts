/**
 * How far the other reports bear a claim out, in time that grows with the
 * group's size times its number of families (never with every two claims):
 * per family, the claims' bottoms and tops sorted, so that the claims of a
 * family whose values overlap a figure are counted by two binary searches.
 * `claimants`: families with an agreeing figure, the claim's own included;
 * `outlets`: reports with an agreeing figure, its own included (a report's
 * overlapping figures merged into one piece, so that it counts once); a report
 * that repeats it only in text copied from the claim's report counts under
 * `copies` instead, and a family seen only through copies is not counted.
 */
import type { Claim } from '../ledger/schema.js';
import { claimInterval } from './claim-interval.js';

interface Family {
  readonly lows: Float64Array;
  readonly highs: Float64Array;
}

export interface CopyIndex {
  /** reports that share passages with this one */
  partners(doc: string): readonly string[];
  /** whether the two claims lie in one passage their reports share */
  copied(a: Claim, b: Claim): boolean;
}

export function corroborate(claims: readonly Claim[], copies: CopyIndex, outletOf: (doc: string) => string): Map<string, NonNullable<Claim['corroboration']>> {
  const keyOf = (c: Claim) => c.family ?? `outlet ${outletOf(c.doc)}`;
  const members = new Map<string, Claim[]>();
  for (const c of claims) members.set(keyOf(c), [...(members.get(keyOf(c)) ?? []), c]);
  const families = new Map<string, Family>();
  for (const [key, list] of members) {
    const intervals = list.map((c) => claimInterval(c)).filter((i) => i !== null);
    families.set(key, { lows: Float64Array.from(intervals.map((i) => i.low)).sort(), highs: Float64Array.from(intervals.map((i) => i.high)).sort() });
  }
  // a report may give two figures of one group: its overlapping figures merge into one piece, so that it counts once
  const byDoc = new Map<string, Claim[]>();
  for (const c of claims) byDoc.set(c.doc, [...(byDoc.get(c.doc) ?? []), c]);
  const pieces = new Map<string, { low: number; high: number }[]>();
  for (const [doc, list] of byDoc) pieces.set(doc, mergedIntervals(list));
  const reports: Family = {
    lows: Float64Array.from([...pieces.values()].flat().map((p) => p.low)).sort(),
    highs: Float64Array.from([...pieces.values()].flat().map((p) => p.high)).sort(),
  };
  // where a figure spans the gap between two pieces of one report, both overlap it: the gaps, sorted, correct the count
  const gaps: { low: number; high: number }[] = [];
  for (const list of pieces.values()) for (let i = 1; i < list.length; i++) gaps.push({ low: list[i - 1]!.high, high: list[i]!.low });
  gaps.sort((a, b) => a.low - b.low);
  const gapLows = Float64Array.from(gaps.map((g) => g.low));

  const out = new Map<string, NonNullable<Claim['corroboration']>>();
  for (const c of claims) {
    const own = claimInterval(c);
    if (!own) {
      out.set(c.id, { claimants: 1, outlets: 1, copies: 0 });
      continue;
    }
    const overlapping = (x: Claim) => {
      const i = claimInterval(x);
      return i !== null && i.low <= own.high && own.low <= i.high;
    };
    const copiedClaims = copiedClaimsOf(c, byDoc, copies).filter(overlapping);
    let claimants = 0;
    for (const [key, f] of families) {
      const n = countOverlapping(f, own.low, own.high);
      const copiedHere = copiedClaims.filter((x) => keyOf(x) === key).length;
      const sameDocHere = byDoc.get(c.doc)!.filter((x) => keyOf(x) === key && overlapping(x)).length;
      if (key === keyOf(c) || n - copiedHere - sameDocHere > 0) claimants++;
    }
    const copiedDocs = new Set(copiedClaims.map((x) => x.doc)).size;
    let spanned = 0;
    for (let i = lowerBound(gapLows, own.low); i < gaps.length && gaps[i]!.low <= own.high; i++) if (gaps[i]!.high <= own.high) spanned++;
    // reports with an overlapping piece, its own among them, less those that only copy it
    const outlets = countOverlapping(reports, own.low, own.high) - spanned - copiedDocs;
    out.set(c.id, { claimants, outlets, copies: copiedDocs });
  }
  return out;
}

/** A report's figures in the group as intervals, those that overlap merged into one. */
function mergedIntervals(list: readonly Claim[]): { low: number; high: number }[] {
  const sorted = list.map((c) => claimInterval(c)).filter((i) => i !== null).sort((a, b) => a.low - b.low);
  const out: { low: number; high: number }[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.low <= last.high) last.high = Math.max(last.high, i.high);
    else out.push({ low: i.low, high: i.high });
  }
  return out;
}

/** Claims of the family whose values overlap [low, high]: those that start by `high`, less those that end before `low`. */
function countOverlapping(f: Family, low: number, high: number): number {
  return upperBound(f.lows, high) - lowerBound(f.highs, low);
}

function copiedClaimsOf(c: Claim, byDoc: ReadonlyMap<string, Claim[]>, copies: CopyIndex): Claim[] {
  const out: Claim[] = [];
  for (const doc of copies.partners(c.doc)) for (const x of byDoc.get(doc) ?? []) if (copies.copied(c, x)) out.push(x);
  return out;
}

/** Index of the first element > x. */
function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element ≥ x. */
function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
