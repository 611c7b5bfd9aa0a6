/**
 * When a claim holds and when it was made. The claim's time is the time
 * expression of its clause ("since last year", "within three months", "in
 * 2024") as a period, read with its preposition: "since X" runs from X to the
 * reference date, "by X" ends with X. The date it was asserted is the date
 * written next to its cue ("said Monday", "said on Thursday"), else the
 * document's own date.
 */
import type { Span } from '../../core/span.js';
import type { Timex } from './index.js';

export interface ClaimTime {
  /** the expression with its preposition ("since last year") */
  readonly range: Span;
  readonly start: string | null;
  readonly end: string | null;
}

/** Words allowed between a cue and the date of saying: "said Monday", "said on Thursday", "told reporters on Friday". */
const CUE_TO_DATE = /^(?:\s+(?:on|in|late|early|last))?\s+$/i;

export function assertedAt(cue: Span | null, sentenceTimes: readonly Timex[], text: string): Timex | null {
  if (!cue) return null;
  return (
    sentenceTimes.find(
      (t) =>
        t.value.kind === 'point' &&
        // the cue may hold its day ("said Monday") or be followed by it ("said on Thursday")
        ((t.range.start >= cue.start && t.range.end <= cue.end) || (t.range.start >= cue.end && t.range.start - cue.end <= 12 && CUE_TO_DATE.test(text.slice(cue.end, t.range.start)))),
    ) ?? null
  );
}

/**
 * The time expression of a claim: the one the figures stage tied to it, else
 * the nearest one in its sentence with no other figure in between, leaving
 * out the date of saying and words like "now".
 */
export function claimTime(
  figure: Span,
  scope: Span | undefined,
  sentenceTimes: readonly Timex[],
  otherFigures: readonly Span[],
  asserted: Timex | null,
  reference: string | null,
): ClaimTime | null {
  // "for months" is too vague to date a figure unless the figures stage tied it to one
  const candidates = sentenceTimes.filter((t) => t !== asserted && t.value.kind !== 'ref' && t.value.kind !== 'set' && !(t.value.kind === 'duration' && /X/.test(t.normalized)));
  let chosen = scope ? candidates.find((t) => t.range.start < scope.end && scope.start < t.range.end) : undefined;
  if (!chosen && !scope) chosen = nearestTo(figure, candidates, otherFigures);
  if (!chosen) return scope ? { range: scope, start: null, end: null } : null;
  const start = Math.min(chosen.signal?.range.start ?? chosen.range.start, scope?.start ?? Infinity);
  const range = { start, end: Math.max(chosen.range.end, scope?.end ?? 0) };
  return { range, ...bounds(chosen, reference) };
}

/** The candidate nearest to `at` (both in one sentence) with no `blocker` between them: another figure has its own time. */
export function nearestTo<T extends { readonly range: Span }>(at: Span, candidates: readonly T[], blockers: readonly Span[]): T | undefined {
  let chosen: T | undefined;
  let best = Infinity;
  for (const t of candidates) {
    const [from, to] = t.range.start >= at.end ? [at.end, t.range.start] : [t.range.end, at.start];
    if (to < from || blockers.some((f) => f.start >= from && f.end <= to)) continue;
    if (to - from < best) {
      best = to - from;
      chosen = t;
    }
  }
  return chosen;
}

/** The period a time expression gives its clause, read with its preposition. */
export function bounds(t: Timex, reference: string | null): { start: string | null; end: string | null } {
  const p = t.period;
  if (!p) return { start: null, end: null };
  switch (t.signal?.relation) {
    case 'since':
      return { start: p.start, end: reference };
    case 'from':
      return { start: p.start, end: null };
    case 'after':
      return { start: p.end, end: null };
    case 'by':
    case 'until':
      return { start: null, end: p.end };
    case 'before':
      return { start: null, end: p.start };
    default:
      return { start: p.start, end: p.end };
  }
}
