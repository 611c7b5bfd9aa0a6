/**
 * The values a claim allows, as an interval to compare with other claims.
 * A figure with a qualifier is read the way a news reader reads it: "some
 * 15,000" is within 10% of 15,000, "about 25,000-30,000" as far beyond each end; "more than 10,000" and "at least 1,000" are
 * above, but not far above (up to half as much again); "as many as 4,000" is
 * at most 4,000 but not far below; vague words keep their range ("thousands":
 * 1,000–10,000).
 */
import type { Claim } from '../ledger/schema.js';

/** How far "about" reaches on each side. */
export const APPROX_TOLERANCE = 0.1;
/** How far an open side reaches: "more than X" is read as up to X × this, "up to X" as down to X ÷ this. */
export const OPEN_SIDE_FACTOR = 1.5;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export function claimInterval(c: Pick<Claim, 'value' | 'qualifier'>): Interval | null {
  const { low, high } = c.value;
  const v = low ?? high;
  if (v === null) return null;
  switch (c.qualifier) {
    case 'exact':
      return { low: v, high: v };
    case 'approx':
      return { low: v * (1 - APPROX_TOLERANCE), high: v * (1 + APPROX_TOLERANCE) };
    case 'at_least':
    case 'more_than':
      return { low: v, high: v * OPEN_SIDE_FACTOR };
    case 'at_most':
    case 'less_than': {
      const top = high ?? v;
      return { low: top / OPEN_SIDE_FACTOR, high: top };
    }
    case 'approx_range':
      return { low: (low ?? (high as number)) * (1 - APPROX_TOLERANCE), high: (high ?? (low as number)) * (1 + APPROX_TOLERANCE) };
    case 'range':
    case 'vague':
      return { low: low ?? (high as number), high: high ?? (low as number) };
  }
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}
