/**
 * Periods counted from the reference date: "last year", "next week", "this
 * month", "earlier this year", "the end of last year", "three years ago",
 * "the previous year" (counted from the date named before it). The count is in the unit named ("two weeks ago" is a
 * week, "three years ago" a year), as TimeML writes them.
 */
import { found, modOf, type TimeExtractor } from '../extractor.js';
import type { Unit } from '../mention.js';
import { COUNT, countValue } from '../lexicon.js';
import { wordTable } from '../../../core/word-table.js';

const WHICH: Readonly<Record<string, number>> = wordTable({ this: 0, current: 0, last: -1, previous: -1, next: 1, coming: 1, following: 1 });
const UNITS = String.raw`(?:week|weekend|month|quarter|year|decade)`;

export const relativeUnit: TimeExtractor = {
  name: 'relative-unit',
  pattern: new RegExp(
    String.raw`\b(?:(?<edge>earlier|later)\s+|(?<mod>the\s+(?:end|beginning|start|middle|close|first\s+half|second\s+half)\s+of)\s+)?` +
      String.raw`(?:(?<the>the\s+)?(?<which>this|current|last|next|coming|previous|following)\s+(?<u>${UNITS})|the\s+(?<u2>${UNITS})\s+(?<after>before|previous|earlier|after)|(?<=of\s+)the\s+(?<u3>year|month|week))\b`,
    'gi',
  ),
  trigger: /week|month|quarter|year|decade/gi,
  build(m) {
    const g = m.groups!;
    const unit = (g['u'] ?? g['u2'] ?? g['u3'])!.toLowerCase() as Unit;
    // "the year" alone is this year only as "the end of the year", "the beginning of the year"
    if (g['u3'] && !g['mod']) return null;
    const which = g['which']?.toLowerCase();
    const offset = which !== undefined ? WHICH[which]! : g['after'] === undefined ? 0 : /^after$/i.test(g['after']) ? 1 : -1;
    // "the next week", "the coming months" are spans of time from now, read by the duration extractor
    if (g['the'] && (which === 'next' || which === 'coming' || which === 'following')) return null;
    const anaphoric = which === 'previous' || which === 'following' || g['after'] !== undefined;
    const half = /half/i.test(g['mod'] ?? '');
    const mod = half ? (/first/i.test(g['mod']!) ? 'START' : 'END') : g['edge'] ? (/earlier/i.test(g['edge']) ? 'START' : 'END') : modOf(g['mod']);
    return found(anaphoric ? { kind: 'point', relative: { unit, offset }, anaphoric } : { kind: 'point', relative: { unit, offset } }, mod);
  },
};

export const ago: TimeExtractor = {
  name: 'ago',
  pattern: new RegExp(String.raw`\b(?<n>${COUNT})\s+(?<u>days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|before)\b`, 'gi'),
  trigger: /ago|earlier|before/gi,
  build(m) {
    const g = m.groups!;
    const n = countValue(g['n']!);
    const unit = g['u']!.toLowerCase().replace(/s$/, '') as Unit;
    if (n === undefined || !Number.isInteger(n)) return { value: { kind: 'ref', value: 'PAST_REF' } };
    if (!/ago$/i.test(m[0])) return { value: { kind: 'duration', value: `P${n}${unit === 'decade' ? 'DE' : unit[0]!.toUpperCase()}` } };
    return { value: { kind: 'point', relative: { unit, offset: -n } } };
  },
};
