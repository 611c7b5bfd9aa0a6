/**
 * How two claims of one measure group stand to each other:
 *
 * - `agree`: the values they allow overlap (`claimInterval`);
 * - `loose`: they do not, but one is a vague word ("thousands"), too loose to
 *   contradict anything;
 * - `different_times`: they do not, but they speak of different times: their
 *   periods do not overlap ("in November 2024" and "in 2025"), or one speaks
 *   of a period that ended before the other was said and is the lower figure
 *   (11,000 deployed in November 2024, 14,000 deployed by April 2025: a count
 *   that grew);
 * - `different_places`: they do not, but each names a different place (a
 *   region and its country: 11,000 sent to Kursk, 14,000 sent to Russia);
 * - `revision`: they do not, and the same claimant family gave both, on
 *   different dates (the later one revises the earlier);
 * - `conflict`: they do not, for any other reason.
 */
import type { Claim } from '../ledger/schema.js';
import { claimInterval, overlaps, type Interval } from './claim-interval.js';

export type Relation = 'agree' | 'conflict' | 'revision' | 'different_times' | 'different_places' | 'loose';

export interface PairJudgement {
  readonly relation: Relation;
  readonly reason: string;
}

export function judgePair(a: Claim, b: Claim): PairJudgement {
  const ia = claimInterval(a);
  const ib = claimInterval(b);
  if (!ia || !ib) return { relation: 'loose', reason: 'an open figure' };
  if (overlaps(ia, ib)) return { relation: 'agree', reason: `${a.text} and ${b.text} overlap` };
  if (a.qualifier === 'vague' || b.qualifier === 'vague') return { relation: 'loose', reason: `“${a.qualifier === 'vague' ? a.text : b.text}” is too vague to contradict` };
  const times = differentTimes(a, ia, b, ib);
  if (times) return { relation: 'different_times', reason: times };
  if (a.place && b.place && a.place.text.toLowerCase() !== b.place.text.toLowerCase()) return { relation: 'different_places', reason: `${a.text} is for ${a.place.text}, ${b.text} for ${b.place.text}` };
  if (a.family !== null && a.family === b.family) {
    const [first, later] = inOrder(a, b);
    if (first && later) return { relation: 'revision', reason: `${a.family} gave ${first.text} (${saidOn(first)}), then ${later.text} (${saidOn(later)})` };
  }
  return { relation: 'conflict', reason: `${a.text} (${a.family ?? 'the outlet'}) and ${b.text} (${b.family ?? 'the outlet'}) do not overlap` };
}

/** Why two claims speak of different times, or null when they may speak of the same. */
function differentTimes(a: Claim, ia: Interval, b: Claim, ib: Interval): string | null {
  const pa = period(a);
  const pb = period(b);
  if (pa && pb && (pa.end < pb.start || pb.end < pa.start)) return `${a.text} (${a.time!.text}) and ${b.text} (${b.time!.text}) are for different times`;
  // a count for a period that ended before the other figure was said, and lower than it: the count grew
  for (const [early, iEarly, late, iLate] of [[a, ia, b, ib], [b, ib, a, ia]] as const) {
    const pe = period(early);
    const said = saidFrom(late);
    if (pe && said && !late.time && pe.end < said && iEarly.high < iLate.low) return `${early.text} (${early.time!.text}) is for a time before ${late.text} was said (${said}), and lower: the count grew`;
  }
  return null;
}

function period(c: Claim): { start: string; end: string } | null {
  if (!c.time || (c.time.start === null && c.time.end === null)) return null;
  return { start: c.time.start ?? '0000-01-01', end: c.time.end ?? '9999-12-31' };
}

/** The first day the claim may have been made. */
function saidFrom(c: Claim): string | null {
  return c.asserted.basis === 'inferred' ? (c.asserted.earliest ?? null) : (c.asserted.value?.slice(0, 10) ?? null);
}

/** The last day the claim may have been made. */
function saidBy(c: Claim): string | null {
  return c.asserted.basis === 'inferred' ? (c.asserted.latest ?? null) : (c.asserted.value?.slice(0, 10) ?? null);
}

/** The two claims in the order they were made, or nulls when their dates do not tell. */
function inOrder(a: Claim, b: Claim): [Claim | null, Claim | null] {
  const [aFrom, aBy, bFrom, bBy] = [saidFrom(a), saidBy(a), saidFrom(b), saidBy(b)];
  if (aBy && bFrom && aBy < bFrom) return [a, b];
  if (bBy && aFrom && bBy < aFrom) return [b, a];
  return [null, null];
}

function saidOn(c: Claim): string {
  const from = saidFrom(c);
  const by = saidBy(c);
  return from === by ? (from ?? 'undated') : `${from ?? '…'} – ${by ?? '…'}`;
}
