/**
 * Two expressions side by side that name one time become one: a clock time and
 * its day ("12:00 UTC Monday", "Friday at 6 p.m."), a month and a year counted
 * from the reference ("In June last year", "January this year").
 */
import type { TimeRefiner } from '../extractor.js';
import { isClockOnly, type Point, type TimeMention } from '../mention.js';

/** What may stand between two parts of one date once trimmed: nothing, a comma, a preposition. */
const GAP = /^(?:,\s*)?(?:on|at|of|in)?$/i;

function dayLike(p: Point): boolean {
  return p.hour === undefined && (p.day !== undefined || p.weekday !== undefined || p.relative?.unit === 'day');
}

function partOfYearOnly(p: Point): boolean {
  return (p.month !== undefined || p.quarter !== undefined || p.half !== undefined || p.season !== undefined) && p.year === undefined && p.relative === undefined;
}

function yearOnly(p: Point): boolean {
  return p.relative?.unit === 'year' && p.month === undefined && p.quarter === undefined && p.half === undefined && p.season === undefined;
}

export function combinePoints(a: Point, b: Point): Point | null {
  const clock = isClockOnly(a) && dayLike(b) ? a : isClockOnly(b) && dayLike(a) ? b : null;
  if (clock) {
    const day = clock === a ? b : a;
    const merged: Point = { ...day, hour: clock.hour!, minute: clock.minute ?? 0 };
    if (clock.zone) merged.zone = clock.zone;
    delete merged.partOfDay;
    return merged;
  }
  if (partOfYearOnly(a) && yearOnly(b)) {
    const merged: Point = { ...a, relative: b.relative! };
    delete merged.direction;
    return merged;
  }
  return null;
}

export const combineAdjacent: TimeRefiner = {
  name: 'combine-adjacent',
  refine(mentions, doc) {
    const out: TimeMention[] = [];
    for (const m of mentions) {
      const last = out[out.length - 1];
      if (last && last.sentence === m.sentence && last.value.kind === 'point' && m.value.kind === 'point' && GAP.test(doc.text.slice(last.range.end, m.range.start).trim())) {
        const merged = combinePoints(last.value, m.value);
        if (merged) {
          out[out.length - 1] = { ...last, range: { start: last.range.start, end: m.range.end }, value: merged, rule: `${last.rule}+${m.rule}` };
          continue;
        }
      }
      out.push(m);
    }
    return out;
  },
};
