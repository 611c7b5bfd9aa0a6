/**
 * What the time stage finds. An extractor turns a phrase into a `TimeValue`
 * that may be underspecified ("June" has no year, "last year" is counted from
 * the reference date); the resolver turns it into a TimeML value and a period
 * once the document's reference date is known. Ranges are over the clean text.
 */
import type { Span } from '../../core/span.js';

export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade';

/** A date or time of day; fields that are absent are filled from the reference date when it is resolved. */
export interface Point {
  readonly kind: 'point';
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  season?: Season;
  /** ISO week number (with `year` as the ISO week's year) */
  week?: number;
  /** a weekend: the week of `relative` or of the resolved weekday */
  weekend?: boolean;
  /** first three digits of a decade's years ("the 1990s" → 199) */
  decade?: number;
  century?: number;
  fiscal?: boolean;
  partOfDay?: PartOfDay;
  hour?: number;
  minute?: number;
  /** IANA zone or fixed offset */
  zone?: string;
  /** 1 = Monday … 7 = Sunday */
  weekday?: number;
  /** counted from the reference date: "last year" = year −1, "yesterday" = day −1, "this week" = week 0 */
  relative?: { unit: Unit; offset: number };
  /** counted from the date the text last named, not from the reference date ("the previous year", "the year before") */
  anaphoric?: boolean;
  /** for a date written without its year: the occurrence before or after the reference, or the one the tense says */
  direction?: 'past' | 'future' | 'auto';
}

/** A clock time with no day of its own ("18:00 UTC"): the time-of-day extractor counts it from the reference day. */
export function isClockOnly(p: Point): boolean {
  return p.hour !== undefined && p.year === undefined && p.month === undefined && p.weekday === undefined && p.relative?.unit === 'day' && p.relative.offset === 0;
}

export interface Duration {
  readonly kind: 'duration';
  /** ISO 8601 / TimeML duration: P3M, PT12H, PXY (some years) */
  value: string;
  /** "the past three months", "the next four years": the duration ends (or starts) at the reference */
  anchored?: 'ends-at-reference' | 'starts-at-reference';
}

export interface Recurrence {
  readonly kind: 'set';
  value: string;
}

export interface Reference {
  readonly kind: 'ref';
  value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
}

export type TimeValue = Point | Duration | Recurrence | Reference;

/** How a time expression bounds what its clause says: "since September 2023", "by 2030", "between X and Y". */
export type Relation = 'since' | 'until' | 'by' | 'before' | 'after' | 'from' | 'during' | 'in' | 'on' | 'at' | 'within' | 'between';

/** A time expression as an extractor finds it. */
export interface TimeMention {
  /** the expression (what TimeML would tag: "September 2023", "the past decade"), over the clean text */
  range: Span;
  sentence: number;
  value: TimeValue;
  /** the extractor that found it */
  rule: string;
  /** the preposition that ties it to its clause, when there is one */
  signal?: { relation: Relation; range: Span };
  /** "early", "mid-", "late", "the end of": part of a period; the value stays the period's */
  mod?: 'START' | 'MID' | 'END';
}
