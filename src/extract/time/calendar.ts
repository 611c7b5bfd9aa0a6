/** Calendar arithmetic on plain dates (no clock, no zone): shifting, weekdays, ISO weeks, period bounds. */
import type { DateParts } from '../../core/datetime.js';

const DAY_MS = 86_400_000;

function toEpochDay(d: DateParts): number {
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

function fromEpochDay(n: number): DateParts {
  const dt = new Date(n * DAY_MS);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

export function addDays(d: DateParts, days: number): DateParts {
  return fromEpochDay(toEpochDay(d) + days);
}

/** The month `months` after (or before) year/month. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(d: DateParts): number {
  return ((new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO 8601 week: the week's year (may differ from the date's at the turn of the year) and number. */
export function isoWeek(d: DateParts): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekdayOf(d));
  const first = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor((toEpochDay(thursday) - toEpochDay(first)) / 7) + 1 };
}

/** Monday of an ISO week. */
export function isoWeekStart(year: number, week: number): DateParts {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, (week - 1) * 7 - (weekdayOf(jan4) - 1));
}

export function compareDates(a: DateParts, b: DateParts): number {
  return toEpochDay(a) - toEpochDay(b);
}

export function parseDate(iso: string): DateParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
