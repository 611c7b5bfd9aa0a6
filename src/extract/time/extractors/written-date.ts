/**
 * Dates written with a month name: "April 27, 2025", "Monday, April 28",
 * "27 April 2025", "June 1st", "the 11th of December", "November 2024".
 * A day and month without a year take their year from the reference date.
 */
import { isValidDate } from '../../../core/datetime.js';
import { found, MOD_PREFIX, MONTH_TRIGGER, modOf, type TimeExtractor } from '../extractor.js';
import type { Point } from '../mention.js';
import { DAY, MONTH, WEEKDAY, YEAR, dayNumber, monthOf, weekdayNumber } from '../lexicon.js';

const MONTH_DAY = String.raw`(?<m1>${MONTH})\s+(?<d1>${DAY})(?![\d:])`;
const DAY_MONTH = String.raw`(?:the\s+)?(?<d2>${DAY})\s+(?:of\s+)?(?<m2>${MONTH})`;

function point(year: string | undefined, month: string, day: string | undefined, weekday: string | undefined): Point | null {
  const m = monthOf(month);
  if (!m) return null;
  const p: Point = { kind: 'point', month: m };
  if (day !== undefined) p.day = dayNumber(day);
  if (year !== undefined) p.year = Number(year);
  else {
    p.direction = 'auto';
    if (weekday) p.weekday = weekdayNumber(weekday);
  }
  if (p.day !== undefined && !isValidDate({ year: p.year ?? 2000, month: m, day: p.day })) return null;
  return p;
}

export const writtenDate: TimeExtractor = {
  name: 'written-date',
  pattern: new RegExp(String.raw`\b(?:(?<wd>${WEEKDAY}),?\s+)?(?:${MONTH_DAY}|${DAY_MONTH})(?:,?\s+(?<y>${YEAR})(?!\d))?`, 'g'),
  trigger: MONTH_TRIGGER,
  build(m) {
    const g = m.groups!;
    const p = point(g['y'], (g['m1'] ?? g['m2'])!, g['d1'] ?? g['d2'], g['wd']);
    return p ? { value: p } : null;
  },
};

export const monthYear: TimeExtractor = {
  name: 'month-year',
  pattern: new RegExp(String.raw`\b${MOD_PREFIX}(?<m>${MONTH}),?\s+(?:of\s+)?(?<y>${YEAR})(?!\d)`, 'gi'),
  trigger: MONTH_TRIGGER,
  build(m) {
    const g = m.groups!;
    if (!/^[A-Z]/.test(g['m']!)) return null;
    const p = point(g['y'], g['m']!, undefined, undefined);
    return p ? found(p, modOf(g['mod'])) : null;
  },
};
