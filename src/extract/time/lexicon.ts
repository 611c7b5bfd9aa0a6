/** Words and regular-expression pieces the time extractors share. */
import { MONTH_PATTERN, monthNumber } from '../../core/datetime.js';
import { TENS_WORDS, UNITS_WORDS, wordsValue } from '../quantities/lexicon/numbers.js';
import type { PartOfDay, Season, Unit } from './mention.js';
import { wordTable } from '../../core/word-table.js';

/** A month name as written in running text: capitalised, abbreviations with or without their point. */
export const MONTH = String.raw`(?:${MONTH_PATTERN})(?:(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\.)?`;
export const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
export const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
export const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
export const PART_OF_DAY = String.raw`(?:morning|afternoon|evening|night)`;

const NUMBER_WORDS = [...Object.keys(UNITS_WORDS), ...Object.keys(TENS_WORDS)].sort((a, b) => b.length - a.length).join('|');
/** A count of units: digits, number words ("twenty-five"), "a", "an", "a few", "several". */
export const COUNT = String.raw`(?:\d+(?:\.\d+)?|(?:${NUMBER_WORDS})(?:[- ](?:${NUMBER_WORDS}))?|an?|a\s+few|a\s+couple\s+of|several|a\s+number\s+of|many|some)`;
export const UNIT = String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centur(?:y|ies))`;

export function monthOf(name: string): number | undefined {
  return monthNumber(name.replace(/\.$/, ''));
}

export function weekdayNumber(name: string): number {
  return ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(name.toLowerCase()) + 1;
}

export function dayNumber(written: string): number {
  return Number.parseInt(written, 10);
}

/** "three" → 3, "twenty-five" → 25, "a" → 1, "2.5" → 2.5; vague counts ("several") → undefined. */
export function countValue(written: string): number | undefined {
  const w = written.toLowerCase().trim();
  if (/^\d/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  if (/^a\s+couple\s+of$/.test(w)) return 2;
  return wordsValue(w.split(/[- ]+/));
}

export function unitOf(written: string): Unit | 'second' | 'minute' | 'hour' | 'century' {
  const w = written.toLowerCase().replace(/s$/, '');
  if (w === 'night') return 'day';
  if (w === 'centurie' || w === 'century') return 'century';
  return w as Unit | 'second' | 'minute' | 'hour';
}

const DURATION_LETTER: Readonly<Record<string, string>> = wordTable({
  second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', weekend: 'WE', month: 'M', quarter: 'Q', half: 'H', year: 'Y', decade: 'DE', century: 'CE',
});

/** TimeML duration value: (3, month) → P3M, (12, hour) → PT12H, (undefined, year) → PXY. */
export function durationValue(count: number | undefined, unit: string): string {
  // counted decades and centuries are written in years ("the past decade" → P10Y), as TimeML corpora do
  if (count !== undefined && (unit === 'decade' || unit === 'century')) return `P${count * (unit === 'decade' ? 10 : 100)}Y`;
  const letter = DURATION_LETTER[unit] ?? 'X';
  const n = count === undefined ? 'X' : String(count);
  return unit === 'second' || unit === 'minute' || unit === 'hour' ? `PT${n}${letter}` : `P${n}${letter}`;
}

export const SEASONS: Readonly<Record<string, Season>> = wordTable({ spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' });

export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = wordTable({ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' });

export const ORDINAL_WORDS: Readonly<Record<string, number>> = wordTable({ first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 });

/** Words that make a clause speak of the future: a weekday or month written without a year is the next one. */
export const FUTURE_CUES = /\b(?:will|won[’']t|shall|going\s+to|plans?\s+to|planned\s+to|planning\s+to|expects?\s+to|expected\s+to|scheduled|set\s+to|due\s+to|(?:is|are)\s+(?:not\s+)?due\b|is\s+to|are\s+to|upcoming|intends?\s+to|to\s+be\s+held|next)\b|['’]ll\b/i;
/** Weaker signs of the future (wishes, deadlines, modals): enough for a month, not for a weekday, which news mostly uses for the days just past. */
export const POSSIBLE_FUTURE_CUES = /\b(?:wants?\s+to|aims?\s+to|hopes?\s+to|would|should|may|might|could|deadline)\b/i;

