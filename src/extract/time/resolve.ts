/**
 * Turns a time value into its TimeML value and the period it covers, given the
 * reference date (the document's last update, else its publication date).
 * Dates without a year, and weekdays, go to the past unless the clause speaks
 * of the future; without a reference date the unknown parts stay `X`.
 */
import { formatDate as iso, type DateParts } from '../../core/datetime.js';
import { addDays, addMonths, daysInMonth, isoWeek, isoWeekStart, quarterOf, weekdayOf } from './calendar.js';
import type { Point, TimeValue } from './mention.js';
import { wordTable } from '../../core/word-table.js';

export interface Period {
  /** first day, `YYYY-MM-DD` */
  readonly start: string;
  /** last day, `YYYY-MM-DD` */
  readonly end: string;
}

export interface Resolved {
  readonly type: 'date' | 'time' | 'duration' | 'set';
  /** TimeML-style value: 2025-04-28, 2024-06, 2025-W17, P3M, PRESENT_REF, XXXX-06 */
  readonly value: string;
  /** the days it covers, when it names a period of the calendar */
  readonly period: Period | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const SEASON_START: Readonly<Record<string, number>> = wordTable({ SP: 3, SU: 6, FA: 9, WI: 12 });

export function resolve(value: TimeValue, reference: DateParts | null, future: boolean): Resolved {
  switch (value.kind) {
    case 'ref':
      return { type: 'date', value: value.value, period: null };
    case 'set':
      return { type: 'set', value: value.value, period: null };
    case 'duration':
      return { type: 'duration', value: value.value, period: reference && value.anchored ? anchoredPeriod(value.value, value.anchored, reference) : null };
    case 'point':
      return resolvePoint(value, reference, future);
  }
}

function resolvePoint(p: Point, reference: DateParts | null, future: boolean): Resolved {
  const type = p.hour !== undefined || p.partOfDay !== undefined ? 'time' : 'date';
  let q: Point | null = p;
  if (p.relative) q = reference ? applyRelative(p, reference) : null;
  else if (p.year === undefined && p.decade === undefined && p.century === undefined) q = reference ? anchorYear(p, reference, future) : null;
  if (!q) return { type, value: unresolvedValue(p), period: null };
  return { type, value: valueOf(q), period: periodOf(q) };
}

function applyRelative(p: Point, ref: DateParts): Point {
  const { unit, offset } = p.relative!;
  const q: Point = { ...p };
  delete q.relative;
  switch (unit) {
    case 'day': {
      const d = addDays(ref, offset);
      return { ...q, year: d.year, month: d.month, day: d.day };
    }
    case 'week':
    case 'weekend': {
      const w = isoWeek(addDays(ref, offset * 7));
      return { ...q, year: w.year, week: w.week, weekend: unit === 'weekend' };
    }
    case 'month': {
      const m = addMonths(ref.year, ref.month, offset);
      return { ...q, year: m.year, month: m.month };
    }
    case 'quarter': {
      const index = ref.year * 4 + quarterOf(ref.month) - 1 + offset;
      return { ...q, year: Math.floor(index / 4), quarter: (index % 4) + 1 };
    }
    case 'half': {
      const index = ref.year * 2 + (ref.month > 6 ? 1 : 0) + offset;
      return { ...q, year: Math.floor(index / 2), half: (index % 2) + 1 };
    }
    case 'year':
      return { ...q, year: ref.year + offset };
    case 'decade':
      return { ...q, decade: Math.floor(ref.year / 10) + offset };
  }
}

/** Picks the year (or the week) of a date written without one. */
function anchorYear(p: Point, ref: DateParts, future: boolean): Point {
  const toFuture = p.direction === 'future' || (p.direction !== 'past' && future);
  const strict = p.direction === 'past' || p.direction === 'future';
  if (p.weekday !== undefined && p.month === undefined) {
    const diff = p.weekday - weekdayOf(ref);
    let days = toFuture ? (diff + 7) % 7 : -((-diff + 7) % 7);
    if (days === 0 && strict) days = toFuture ? 7 : -7;
    const d = addDays(ref, days);
    return { ...p, year: d.year, month: d.month, day: d.day };
  }
  const [first, last] = monthsOf(p);
  const refKey = ref.month * 100 + ref.day;
  const startKey = first * 100 + (p.day ?? 1);
  const endKey = last * 100 + (p.day ?? 31);
  let year = ref.year;
  if (toFuture ? endKey < refKey : startKey > refKey) year += toFuture ? 1 : -1;
  return { ...p, year };
}

function monthsOf(p: Point): [number, number] {
  if (p.month !== undefined) return [p.month, p.month];
  if (p.quarter !== undefined) return [p.quarter * 3 - 2, p.quarter * 3];
  if (p.half !== undefined) return [p.half * 6 - 5, p.half * 6];
  if (p.season !== undefined) {
    const s = SEASON_START[p.season]!;
    return s === 12 ? [12, 12] : [s, s + 2];
  }
  return [1, 12];
}

function valueOf(q: Point): string {
  if (q.century !== undefined) return pad(q.century);
  if (q.decade !== undefined) return String(q.decade);
  const y = pad(q.year!, 4);
  if (q.fiscal) return `FY${y}`;
  if (q.week !== undefined) return `${y}-W${pad(q.week)}${q.weekend ? '-WE' : ''}`;
  if (q.day !== undefined && q.month !== undefined) {
    const date = `${y}-${pad(q.month)}-${pad(q.day)}`;
    if (q.hour !== undefined) return `${date}T${pad(q.hour)}:${pad(q.minute ?? 0)}${zoneSuffix(q.zone)}`;
    return q.partOfDay ? `${date}T${q.partOfDay}` : date;
  }
  if (q.month !== undefined) return `${y}-${pad(q.month)}`;
  if (q.quarter !== undefined) return `${y}-Q${q.quarter}`;
  if (q.half !== undefined) return `${y}-H${q.half}`;
  if (q.season !== undefined) return `${y}-${q.season}`;
  return y;
}

function zoneSuffix(zone: string | undefined): string {
  if (!zone) return '';
  if (zone === '+00:00') return 'Z';
  return /^[+-]/.test(zone) ? zone : '';
}

function periodOf(q: Point): Period | null {
  if (q.century !== undefined) return { start: `${pad(q.century)}00-01-01`, end: `${pad(q.century)}99-12-31` };
  if (q.decade !== undefined) return { start: `${q.decade}0-01-01`, end: `${q.decade}9-12-31` };
  const y = q.year!;
  if (q.week !== undefined) {
    const monday = isoWeekStart(y, q.week);
    return { start: iso(q.weekend ? addDays(monday, 5) : monday), end: iso(addDays(monday, 6)) };
  }
  if (q.day !== undefined && q.month !== undefined) {
    const d = iso({ year: y, month: q.month, day: q.day });
    return { start: d, end: d };
  }
  const [first, last] = monthsOf(q);
  if (q.season === 'WI') return { start: iso({ year: y, month: 12, day: 1 }), end: iso({ year: y + 1, month: 2, day: daysInMonth(y + 1, 2) }) };
  return { start: iso({ year: y, month: first, day: 1 }), end: iso({ year: y, month: last, day: daysInMonth(y, last) }) };
}

/** The value with what is unknown written as X: "XXXX-06", "XXXX-XX-XX", "XXXX". */
function unresolvedValue(p: Point): string {
  const unit = p.relative?.unit;
  const month = p.month !== undefined ? pad(p.month) : 'XX';
  if (p.day !== undefined || p.weekday !== undefined || unit === 'day') {
    const date = `XXXX-${month}-${p.day !== undefined ? pad(p.day) : 'XX'}`;
    return p.hour !== undefined ? `${date}T${pad(p.hour)}:${pad(p.minute ?? 0)}` : p.partOfDay ? `${date}T${p.partOfDay}` : date;
  }
  if (unit === 'week' || unit === 'weekend') return `XXXX-WXX${unit === 'weekend' ? '-WE' : ''}`;
  if (p.month !== undefined || unit === 'month') return `XXXX-${month}`;
  if (p.quarter !== undefined) return `XXXX-Q${p.quarter}`;
  if (unit === 'quarter') return 'XXXX-QX';
  if (p.half !== undefined) return `XXXX-H${p.half}`;
  if (p.season !== undefined) return `XXXX-${p.season}`;
  if (unit === 'decade') return 'XXX';
  return 'XXXX';
}

function anchoredPeriod(value: string, anchored: 'ends-at-reference' | 'starts-at-reference', ref: DateParts): Period | null {
  const m = /^P(?:T)?(\d+(?:\.\d+)?)(DE|CE|Y|Q|M|W|D|H)$/.exec(value);
  if (!m || value.startsWith('PT')) return null;
  const n = Number(m[1]);
  const sign = anchored === 'ends-at-reference' ? -1 : 1;
  let other: DateParts;
  const months = { Y: 12, DE: 120, CE: 1200, Q: 3, M: 1 }[m[2] as 'Y'];
  if (months !== undefined) {
    const total = Math.round(n * months) * sign;
    const ym = addMonths(ref.year, ref.month, total);
    other = { year: ym.year, month: ym.month, day: Math.min(ref.day, daysInMonth(ym.year, ym.month)) };
  } else {
    other = addDays(ref, Math.round(n * (m[2] === 'W' ? 7 : 1)) * sign);
  }
  return sign < 0 ? { start: iso(other), end: iso(ref) } : { start: iso(ref), end: iso(other) };
}
