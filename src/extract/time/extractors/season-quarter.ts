/**
 * Parts of a year: quarters ("the third quarter of 2009", "Q3 2024",
 * "third-quarter"), halves ("the first half of 2024") and seasons ("spring",
 * "last summer", "winter 2023"). Without a year they take the reference year,
 * or the year counted from it ("the first quarter of last year").
 */
import type { TimeExtractor } from '../extractor.js';
import type { Point } from '../mention.js';
import { ORDINAL_WORDS, SEASONS, YEAR } from '../lexicon.js';

const OF_YEAR = String.raw`(?:,?\s+(?:of\s+)?(?:(?<y>${YEAR})|(?<rel>this|last|next)\s+year))?`;

function withYear(p: Point, year: string | undefined, rel: string | undefined): Point {
  if (year !== undefined) p.year = Number(year);
  else if (rel !== undefined) p.relative = { unit: 'year', offset: { this: 0, last: -1, next: 1 }[rel.toLowerCase()] ?? 0 };
  else p.direction = 'auto';
  return p;
}

export const quarter: TimeExtractor = {
  name: 'quarter',
  pattern: new RegExp(
    String.raw`\b(?:(?:the\s+)?(?<o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter|Q(?<q>[1-4]))(?![\w-])${OF_YEAR}(?!\d)`,
    'gi',
  ),
  trigger: /quarter|q[1-4]/gi,
  build(m) {
    const g = m.groups!;
    const o = g['o']?.toLowerCase();
    // "last quarter" alone is the one before this one
    if (o === 'last' && !/^the/i.test(m[0]) && !g['y'] && !g['rel']) return { value: { kind: 'point', relative: { unit: 'quarter', offset: -1 } } };
    const q = g['q'] ? Number(g['q']) : ORDINAL_WORDS[o!] ?? Number.parseInt(o!, 10);
    return { value: withYear({ kind: 'point', quarter: q }, g['y'], g['rel']) };
  },
};

export const half: TimeExtractor = {
  name: 'half-year',
  pattern: new RegExp(String.raw`\b(?:the\s+)?(?<o>first|second|1st|2nd)\s+half\s+of\s+(?:(?<y>${YEAR})|(?<rel>this|last|next)\s+year|the\s+year)(?!\d)`, 'gi'),
  trigger: /half/gi,
  build(m) {
    const g = m.groups!;
    return { value: withYear({ kind: 'point', half: /^(?:first|1st)$/i.test(g['o']!) ? 1 : 2 }, g['y'], g['rel']) };
  },
};

export const season: TimeExtractor = {
  name: 'season',
  pattern: new RegExp(
    String.raw`\b(?:(?<which>this|last|next|early|late|mid)[\s-]+|(?<=\b(?:in|during|since|by|until|through|the|this|of)\s+))(?<s>spring|summer|autumn|fall|winter)(?![\w-])${OF_YEAR}(?!\d)`,
    'gi',
  ),
  trigger: /spring|summer|autumn|fall|winter/gi,
  build(m) {
    const g = m.groups!;
    const which = g['which']?.toLowerCase();
    const p: Point = { kind: 'point', season: SEASONS[g['s']!.toLowerCase()]! };
    if (which === 'last' || which === 'next') {
      p.direction = which === 'last' ? 'past' : 'future';
      return { value: p };
    }
    return { value: withYear(p, g['y'], g['rel']) };
  },
};
