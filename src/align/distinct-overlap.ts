/**
 * How many distinct keys (reports, families) have an interval overlapping a
 * query interval, answered by binary search rather than by looking at every
 * key. Each key's intervals are merged where they overlap, so a key counts
 * once per piece; where the query spans the gap between two pieces of one
 * key, both overlap it, and the gaps (sorted) take the extra count back.
 * Cost per query: log n plus the gaps inside the query.
 */
import { lowerBound, upperBound } from '../core/sorted-bounds.js';

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export class DistinctOverlap {
  private readonly lows: Float64Array;
  private readonly highs: Float64Array;
  private readonly gapLows: Float64Array;
  private readonly gapHighs: Float64Array;

  constructor(byKey: ReadonlyMap<string, readonly Interval[]>) {
    const pieces: Interval[] = [];
    const gaps: Interval[] = [];
    for (const list of byKey.values()) {
      const merged = merge(list);
      pieces.push(...merged);
      for (let i = 1; i < merged.length; i++) gaps.push({ low: merged[i - 1]!.high, high: merged[i]!.low });
    }
    gaps.sort((a, b) => a.low - b.low);
    this.lows = Float64Array.from(pieces.map((p) => p.low)).sort();
    this.highs = Float64Array.from(pieces.map((p) => p.high)).sort();
    this.gapLows = Float64Array.from(gaps.map((g) => g.low));
    this.gapHighs = Float64Array.from(gaps.map((g) => g.high));
  }

  /** Keys with an interval that overlaps [low, high]. */
  count(low: number, high: number): number {
    let n = upperBound(this.lows, high) - lowerBound(this.highs, low);
    for (let i = lowerBound(this.gapLows, low); i < this.gapLows.length && this.gapLows[i]! <= high; i++) if (this.gapHighs[i]! <= high) n--;
    return n;
  }
}

function merge(list: readonly Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => a.low - b.low);
  const out: { low: number; high: number }[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.low <= last.high) last.high = Math.max(last.high, i.high);
    else out.push({ low: i.low, high: i.high });
  }
  return out;
}
