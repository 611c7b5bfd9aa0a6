/**
 * Dates are not figures: years ("in 2024", "since 2021", "the 1990s"), days of
 * the month ("April 27", "27 April", "Oct. 31"), ordinals ("27th", "3rd").
 * A four-digit number is a count, not a year, when a currency, a unit or a
 * plural noun goes with it ("2000 people", "$2025", "2020 km").
 */
import { MONTHS } from '../../core/datetime.js';
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import type { QToken } from '../../extract/quantities/tokens.js';
import { CONJUNCTIONS, MEASURE_NOUNS, PERSON_NOUNS, PREPOSITIONS } from '../../extract/quantities/lexicon/words.js';
import { exclude, figureTokens, overlapsMatch } from './helpers.js';

const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

/** ISO dates and timestamps written in the text ("2019-09-01T10:38:07.190Z"). */
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?/g;
/** An era written before or after a year: "A.D. 1000", "300 BC". */
const ERA_BEFORE = /\b(?:A\.?D|B\.?C\.?E?|C\.?E)\.?\s*$/;
const ERA_AFTER = /^\s*(?:A\.?D|B\.?C\.?E?|C\.?E)\b/;

export const datesAndYears: FigureRefiner = {
  name: 'dates-and-years',
  refine(figures, ctx) {
    const inIsoDate = overlapsMatch(ISO_DATE, ctx);
    for (const [index, f] of figures.entries()) {
      if (f.role !== 'claim' || f.form !== 'digits') continue;
      if (inIsoDate(f)) {
        exclude(f, 'date');
        continue;
      }
      if (ERA_BEFORE.test(ctx.text.slice(Math.max(0, f.range.start - 8), f.range.start)) || ERA_AFTER.test(ctx.text.slice(f.range.end, f.range.end + 6))) {
        exclude(f, 'year');
        continue;
      }
      const { tokens, first, after } = figureTokens(f, ctx);
      const tok = tokens[first]!;
      const num = tokens[tokens[first]!.kind === 'digits' ? first : first + 1] ?? tok;
      const next = tokens[after];
      const prev = tokens[first - 1];
      // "between 1600 and 1900", "from 2015 to 2019", "A.D. 1000 and 1260": the other end of a span of years
      const before = figures[index - 1];
      if (before?.reason === 'year' && before.sentence === f.sentence && /^\d{3,4}$/.test(tokens[first]!.text) && /^(?:and|to|-|–|until|till|through)$/.test(tokens[first - 1]?.lower ?? '') && tokens[first - 2]?.end === before.range.end) {
        exclude(f, 'year');
        continue;
      }
      // "2014-15", "2024/25": a span of years
      if (/^\d{4}$/.test(num.text) && Number(num.text) >= 1800 && Number(num.text) <= 2100 && next?.glued && (next.text === '-' || next.text === '/' || next.text === '–') && /^\d{2}$/.test(tokens[after + 1]?.text ?? '') && tokens[after + 1]!.glued) {
        exclude(f, 'year');
        continue;
      }
      if (/^\d{2}$/.test(num.text) && (prev?.text === '-' || prev?.text === '/' || prev?.text === '–') && tok.glued && prev.glued && /^\d{4}$/.test(tokens[first - 2]?.text ?? '')) {
        exclude(f, 'year');
        continue;
      }
      if (/^\d{4}$/.test(num.text) && Number(num.text) > 2100 && Number(num.text) <= 2200 && f.unit === null && /^(?:by|in|until|till|before|after|since|from|through)$/.test(prev?.lower ?? '')) {
        exclude(f, 'year');
        continue;
      }
      if (next && next.glued && next.kind === 'word' && ORDINAL_SUFFIX.has(next.lower)) {
        exclude(f, 'ordinal');
        continue;
      }
      if (next && next.glued && (next.lower === 's' || next.text === '’s' || next.text === "'s") && /^\d{4}$/.test(num.text)) {
        exclude(f, 'year'); // "the 1990s"
        continue;
      }
      if (isMonth(tokens, first - 1) || (isMonth(tokens, after) && Number(num.text) <= 31)) {
        exclude(f, /^\d{4}$/.test(num.text) ? 'year' : 'date');
        continue;
      }
      // "27 April 2025": the year after a month
      if (/^\d{4}$/.test(num.text) && isMonth(tokens, first - 2) && tokens[first - 1]?.kind === 'digits') {
        exclude(f, 'year');
        continue;
      }
      if (/^\d{4}$/.test(num.text) && f.unit === null && Number(num.text) >= 1800 && Number(num.text) <= 2100 && !countedAfter(tokens, after, Number(num.text)) && !rangeWithCount(tokens, after)) {
        exclude(f, 'year');
      }
    }
    return figures;
  },
};

function isMonth(tokens: readonly QToken[], i: number): boolean {
  let t = tokens[i];
  if (t?.text === '.' && i > 0) t = tokens[i - 1];
  if (!t || t.kind !== 'word') return false;
  if (MONTHS[t.lower] === undefined) return false;
  // "may" and "march" are also verbs: only capitalised
  return (t.lower !== 'may' && t.lower !== 'march') || /^[MN]/.test(t.text);
}

/**
 * A noun right after the number that makes it a count: people ("2000 people"),
 * or, for numbers that are not recent years, any plural noun ("1850 miles of
 * road"). "2018 sales" and "2020 elections" stay years.
 */
function countedAfter(tokens: readonly QToken[], i: number, n: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || /^\p{Lu}/u.test(t.text)) return false;
  if (PREPOSITIONS.has(t.lower) || CONJUNCTIONS.has(t.lower)) return false;
  if (PERSON_NOUNS.has(t.lower) || MEASURE_NOUNS.has(t.lower)) return true;
  return (n < 1950 || n > 2035) && t.lower.endsWith('s') && !t.lower.endsWith('ss') && t.lower.length > 3;
}

/** "2000 - 2500 Calories": the first end of a range whose other end is no year. */
function rangeWithCount(tokens: readonly QToken[], i: number): boolean {
  const dash = tokens[i];
  const other = tokens[i + 1];
  return !!dash && /^(?:-|–|to)$/.test(dash.lower) && other?.kind === 'digits' && (Number(other.text.replace(/,/g, '')) > 2100 || /,/.test(other.text));
}
