/**
 * Lengths of time: "three months", "a full year", "12-hour", "five-year",
 * "two and a half years", "the past decade", "the next four years", "several
 * years", "recent years", "for decades". Ages ("33-year-old") are not times.
 */
import type { TimeExtractor } from '../extractor.js';
import type { Duration } from '../mention.js';
import { COUNT, UNIT, countValue, durationValue, unitOf } from '../lexicon.js';

const VAGUE_COUNT = /^(?:a\s+few|several|a\s+number\s+of|many|some)$/i;

export const duration: TimeExtractor = {
  name: 'duration',
  pattern: new RegExp(
    String.raw`\b(?:(?<anchor>the\s+(?:past|last|next|coming|previous|following|first|final)|(?<=\b(?:over|in|for|during|within)\s+)(?:the\s+)?(?:past|last|next|coming))\s+)?` +
      String.raw`(?<n>${COUNT})(?<half>\s+and\s+a\s+half)?(?:\s+(?:full|more|long|straight|consecutive|whole))?[\s-]+(?<u>${UNIT})(?<long>-long)?\b(?![-\s]old\b|-olds\b)`,
    'gi',
  ),
  trigger: /sec|min|hour|day|night|week|month|quarter|year|decade|centur/gi,
  build(m, sentence) {
    const g = m.groups!;
    const unit = unitOf(g['u']!);
    const written = g['n']!;
    const vague = VAGUE_COUNT.test(written);
    const n = vague ? undefined : countValue(written);
    if (!vague && n === undefined) return null;
    // "a second A380", "about a quarter of its dealers": an ordinal and a fraction, not lengths
    if (/^an?$/i.test(written) && (unit === 'second' || unit === 'quarter') && !/\b(?:for|in|within|than|per|each|every|half)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index))) return null;
    // "a year" after an amount is a rate ("$5 million a year"): a set, not a length
    if (/^an?$/i.test(written) && !g['anchor'] && /(?:\d|\b(?:times|once|twice|meals|million|billion))\W*$/i.test(sentence.slice(Math.max(0, m.index - 24), m.index))) {
      return { value: { kind: 'set', value: durationValue(1, unit) } };
    }
    const value: Duration = { kind: 'duration', value: durationValue(n === undefined ? undefined : n + (g['half'] ? 0.5 : 0), unit) };
    const anchor = g['anchor']?.toLowerCase() ?? '';
    if (/\b(?:past|last|previous)$/.test(anchor)) value.anchored = 'ends-at-reference';
    else if (/\b(?:next|coming)$/.test(anchor)) value.anchored = 'starts-at-reference';
    return { value };
  },
};

/** "the past decade", "the next year", "the coming week": one unit that ends or starts at the reference. */
export const singleUnitSpan: TimeExtractor = {
  name: 'single-unit-span',
  pattern: /\bthe\s+(?<which>past|next|coming)\s+(?<u>decade|year|month|week|century)\b/gi,
  trigger: /past|next|coming/gi,
  build(m) {
    const g = m.groups!;
    const value: Duration = { kind: 'duration', value: durationValue(1, unitOf(g['u']!)) };
    value.anchored = /past/i.test(g['which']!) ? 'ends-at-reference' : 'starts-at-reference';
    return { value };
  },
};

/** Lengths with no count: "for years", "in recent years", "over the years", "decades-long", "for decades". */
export const vagueDuration: TimeExtractor = {
  name: 'vague-duration',
  pattern: /\b(?:(?<=\b(?:for|over|in)\s+)(?:the\s+)?(?:(?:recent|past|coming|last)\s+)?|recent\s+|(?:over\s+)?the\s+(?:years|decades))(?<u>years|decades|months|weeks|centuries)(?<long>-long)?\b|\b(?<u2>decades|years|months)-long\b/gi,
  trigger: /years|decades|months|weeks|centuries/gi,
  build(m) {
    const g = m.groups!;
    const u = (g['u'] ?? g['u2'])!;
    return { value: { kind: 'duration', value: durationValue(undefined, unitOf(u)) } };
  },
};

/** "annual", "annually", "every year", "each month", "weekly", "daily": how often, not when. */
export const recurrence: TimeExtractor = {
  name: 'recurrence',
  pattern: /\b(?:(?<adj>annual(?:ly)?|yearly|monthly|weekly|daily|quarterly)|(?:every|each|per)\s+(?<u>year|month|week|day|quarter))\b/gi,
  trigger: /annual|yearly|monthly|weekly|daily|quarterly|every|each|per/gi,
  build(m) {
    const g = m.groups!;
    const word = (g['adj'] ?? g['u'])!.toLowerCase();
    const unit = /^(?:annual|year)/.test(word) ? 'year' : /^month/.test(word) ? 'month' : /^week/.test(word) ? 'week' : /^(?:daily|day)/.test(word) ? 'day' : 'quarter';
    return { value: { kind: 'set', value: durationValue(1, unit) } };
  },
};
