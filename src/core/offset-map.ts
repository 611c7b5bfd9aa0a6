/**
 * OffsetMap: where each offset of a derived text (the "clean" side) comes from in
 * the text it was derived from (the "source" side).
 *
 * A map is a monotone list of anchors, pairs (clean offset, source offset), with
 * one flag per interval between two anchors: a *linear* interval is a
 * character-for-character copy; any other interval is *atomic*: its clean text
 * stands for its source text as a whole (an entity `&amp;` that became `&`, a
 * run of whitespace that became one space, a deleted caption, an inserted
 * newline). Offsets inside an atomic interval snap outwards, so a mapped span
 * always covers everything its text came from.
 *
 * Maps compose (clean2 → clean1 → source) into one flat map, so a chain of
 * cleaning steps costs one binary search per lookup however long it is.
 */
import type { Span } from './span.js';

export type Side = 'start' | 'end';

export class OffsetMap {
  /** anchors on the clean side (non-decreasing) */
  private readonly from: readonly number[];
  /** anchors on the source side (non-decreasing) */
  private readonly to: readonly number[];
  /** linear[i]: whether the interval between anchor i and i + 1 is a copy */
  private readonly linear: readonly boolean[];

  private constructor(from: readonly number[], to: readonly number[], linear: readonly boolean[]) {
    this.from = from;
    this.to = to;
    this.linear = linear;
  }

  static identity(length: number): OffsetMap {
    return length === 0 ? new OffsetMap([0], [0], []) : new OffsetMap([0, length], [0, length], [true]);
  }

  /** Builds a map from raw anchors, dropping empty intervals and merging adjacent copies. */
  static fromAnchors(from: readonly number[], to: readonly number[], linear: readonly boolean[]): OffsetMap {
    if (from.length !== to.length || linear.length !== from.length - 1 || from.length === 0) {
      throw new RangeError('offset map: anchors and flags do not match');
    }
    if (from[0] !== 0 || to[0] !== 0) throw new RangeError('offset map: anchors must start at 0');
    const f: number[] = [0];
    const t: number[] = [0];
    const l: boolean[] = [];
    for (let i = 1; i < from.length; i++) {
      const df = from[i]! - from[i - 1]!;
      const dt = to[i]! - to[i - 1]!;
      if (df < 0 || dt < 0) throw new RangeError('offset map: anchors must not decrease');
      if (df === 0 && dt === 0) continue;
      const lin = linear[i - 1]! && df === dt;
      if (linear[i - 1]! && df !== dt) throw new RangeError('offset map: a linear interval must have equal lengths');
      const last = l.length - 1;
      const mergeCopies = lin && last >= 0 && l[last];
      // An insertion beside a removal is one replacement; kept apart, their order would be ambiguous.
      const mergeBare =
        !lin && last >= 0 && !l[last] && isBare(df, dt) && isBare(f[last + 1]! - f[last]!, t[last + 1]! - t[last]!);
      if (mergeCopies || mergeBare) {
        f[f.length - 1] = from[i]!;
        t[t.length - 1] = to[i]!;
      } else {
        f.push(from[i]!);
        t.push(to[i]!);
        l.push(lin);
      }
    }
    return new OffsetMap(f, t, l);
  }

  get cleanLength(): number {
    return this.from[this.from.length - 1]!;
  }

  get sourceLength(): number {
    return this.to[this.to.length - 1]!;
  }

  /** Number of intervals (a measure of how fragmented the mapping is). */
  get size(): number {
    return this.linear.length;
  }

  toSource(offset: number, side: Side = 'start'): number {
    return lookup(this.from, this.to, this.linear, offset, side);
  }

  toClean(offset: number, side: Side = 'start'): number {
    return lookup(this.to, this.from, this.linear, offset, side);
  }

  /** The source span that a clean span's text came from. */
  spanToSource(s: Span): Span {
    if (s.start === s.end) {
      const p = this.toSource(s.start, 'start');
      return { start: p, end: p };
    }
    return { start: this.toSource(s.start, 'start'), end: this.toSource(s.end, 'end') };
  }

  /** The clean span that holds what is left of a source span (empty where it was removed). */
  spanToClean(s: Span): Span {
    if (s.start === s.end) {
      const p = this.toClean(s.start, 'start');
      return { start: p, end: p };
    }
    const start = this.toClean(s.start, 'start');
    const end = this.toClean(s.end, 'end');
    return end < start ? { start, end: start } : { start, end };
  }

  /** The map from the clean side of `inner` to the source side of this map. */
  compose(inner: OffsetMap): OffsetMap {
    if (inner.sourceLength !== this.cleanLength) {
      throw new RangeError(`offset map: cannot compose, lengths ${inner.sourceLength} and ${this.cleanLength} differ`);
    }
    return composeMaps(this, inner);
  }

  /** The same correspondence read the other way round (source → clean). */
  inverse(): OffsetMap {
    return new OffsetMap(this.to, this.from, this.linear);
  }

  /** Anchors as plain arrays, for tests and serialisation. */
  toJSON(): { from: number[]; to: number[]; linear: boolean[] } {
    return { from: [...this.from], to: [...this.to], linear: [...this.linear] };
  }

  /** @internal used by composition */
  static parts(m: OffsetMap): [readonly number[], readonly number[], readonly boolean[]] {
    return [m.from, m.to, m.linear];
  }
}

/** A pure insertion or a pure removal: empty on one side. */
function isBare(cleanWidth: number, sourceWidth: number): boolean {
  return cleanWidth === 0 || sourceWidth === 0;
}

function lookup(
  from: readonly number[],
  to: readonly number[],
  linear: readonly boolean[],
  offset: number,
  side: Side,
): number {
  const n = from.length;
  const x = Math.min(Math.max(offset, 0), from[n - 1]!);
  if (side === 'start') {
    // the interval that starts at or before x and ends after it: the largest i with from[i] <= x
    // (past anything removed at x; at the very end, the last anchor)
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (from[mid]! <= x) lo = mid;
      else hi = mid - 1;
    }
    return linear[lo] ? to[lo]! + (x - from[lo]!) : to[lo]!;
  }
  if (x === 0) return to[0]!;
  // the interval that ends at or after x and starts before it: i = (smallest j with from[j] >= x) - 1
  // (before anything removed at x)
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (from[mid]! >= x) hi = mid;
    else lo = mid + 1;
  }
  const i = lo - 1;
  return linear[i] ? to[i]! + (x - from[i]!) : to[lo]!;
}

function composeMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  const [C, M, LI] = OffsetMap.parts(inner); // clean → mid
  const [M2, S, LO] = OffsetMap.parts(outer); // mid → source
  const from: number[] = [];
  const to: number[] = [];
  const linear: boolean[] = [];
  let i = 0;
  let k = 0;
  let innerLinear = true; // flag of the inner interval the walk is in
  let outerLinear = true;
  let pendingLinear = true; // whether the stretch since the last emitted anchor is a pure copy
  while (i < M.length || k < M2.length) {
    const v = Math.min(i < M.length ? M[i]! : Infinity, k < M2.length ? M2[k]! : Infinity);
    pendingLinear = pendingLinear && innerLinear && outerLinear;

    let cLo: number | undefined;
    let cHi: number | undefined;
    if (i < M.length && M[i] === v) {
      cLo = C[i]!;
      while (i + 1 < M.length && M[i + 1] === v) i++;
      cHi = C[i]!;
      innerLinear = LI[i] ?? true;
      i++;
    } else if (innerLinear) {
      cLo = cHi = C[i - 1]! + (v - M[i - 1]!);
    } else if (C[i - 1] === C[i]) {
      cLo = cHi = C[i]!; // inside text that was removed: all of it maps to the one point of the cut
    }

    let sLo: number | undefined;
    let sHi: number | undefined;
    if (k < M2.length && M2[k] === v) {
      sLo = S[k]!;
      while (k + 1 < M2.length && M2[k + 1] === v) k++;
      sHi = S[k]!;
      outerLinear = LO[k] ?? true;
      k++;
    } else if (outerLinear) {
      sLo = sHi = S[k - 1]! + (v - M2[k - 1]!);
    } else if (S[k - 1] === S[k]) {
      sLo = sHi = S[k]!; // inside inserted text: all of it sits at one source point
    }

    if (cLo === undefined || cHi === undefined || sLo === undefined || sHi === undefined) {
      pendingLinear = false;
      continue;
    }
    if (from.length > 0) linear.push(pendingLinear);
    from.push(cLo);
    to.push(sLo);
    if (cHi !== cLo || sHi !== sLo) {
      linear.push(false);
      from.push(cHi);
      to.push(sHi);
    }
    pendingLinear = true;
  }
  return OffsetMap.fromAnchors(from, to, linear);
}
