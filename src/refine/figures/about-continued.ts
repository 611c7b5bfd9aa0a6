/**
 * A figure that continues the one before it is about the same thing: the
 * change said after a level ("a net profit of Y=590 billion, up Y=50
 * billion"), the earlier level it is measured against ("to US $84 billion,
 * down from the US $89 to $93 billion"), the levels after a change ("boost
 * the driving range by about 35 miles - from up to 252 miles to 287 miles",
 * "a 60 basis point improvement in its margins to 64 per cent"). Only where
 * nothing but words of change, prepositions, qualifiers and punctuation stand
 * between the two, and both measure the same kind of thing. Runs after the
 * change refiner, whose directions and levels it reads, and before the
 * alternatives refiner, which passes the result on to conversions.
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import type { Figure } from '../../extract/quantities/figure.js';
import { ADVERBS, DETERMINERS, isAdverb } from '../../extract/quantities/lexicon/words.js';
import type { QToken } from '../../extract/quantities/tokens.js';
import { CHANGE_VERBS } from './change.js';
import { figureTokens, sameKindOfUnit, tokenAt } from './helpers.js';

/** Words that may link a figure to the one it continues. */
const LINKS = new Set(['from', 'to', 'by', 'up', 'down', 'or', 'at', 'of', 'revised', 'upward', 'upwards', 'downward', 'downwards', 'previously', 'compared', 'with', 'against', 'versus', 'vs', 'than', 'more', 'less', 'fewer', 'over', 'under', 'least', 'most', 'as', 'much', 'many', 'some', 'nearly', 'almost', 'around', 'about', 'roughly', 'just', 'only', 'further']);
const PUNCT = new Set([',', '(', ')', '-', '–', '—', '/']);

export const aboutContinued: FigureRefiner = {
  name: 'about-continued',
  refine(figures, ctx) {
    const claims = figures.filter((f) => f.role === 'claim');
    for (let i = 1; i < claims.length; i++) {
      const b = claims[i]!;
      if (b.about !== null) continue;
      const { tokens } = figureTokens(b, ctx);
      if (!continuesAChange(b, claims[i - 1]!, tokens)) continue;
      // back through the figures before it, as long as only links stand between
      for (let k = i - 1; k >= 0; k--) {
        const a = claims[k]!;
        if (a.sentence !== b.sentence || !onlyLinks(tokens, a, claims[k + 1]!)) break;
        if (a.about !== null && sameKindOfUnit(a, b)) {
          b.about = a.about;
          break;
        }
      }
    }
    return figures;
  },
};

/** b is a change, a level reached by one, one end of a "from … to …" after a figure, or what a figure is measured against ("down from"). */
function continuesAChange(b: Figure, a: Figure, tokens: readonly QToken[]): boolean {
  if (b.change !== null || b.trend !== null || b.transition !== undefined || a.transition !== undefined || a.change !== null) return true;
  let k = tokenAt(tokens, b.range.start) - 1;
  while (k > 0 && DETERMINERS.has(tokens[k]!.lower)) k--;
  const before = tokens[k]?.lower ?? '';
  return before === 'from' || before === 'than' || before === 'against';
}

/** Whether only links lie between the end of `a` (with what it counts) and the start of `b`. */
function onlyLinks(tokens: readonly QToken[], a: Figure, b: Figure): boolean {
  // past what the first figure counts or is about, when that follows it: "a 60 basis point improvement in its margins to 64 per cent"
  let from = a.range.end;
  for (const r of [a.counted, a.about]) if (r && r.start >= a.range.end && r.end <= b.range.start) from = Math.max(from, r.end);
  const start = tokenAt(tokens, from);
  const end = tokenAt(tokens, b.range.start);
  return end - start <= 8 && tokens.slice(start, end).every(isLink);
}

function isLink(t: QToken): boolean {
  if (t.kind === 'punct') return PUNCT.has(t.text);
  if (t.kind !== 'word') return false;
  return LINKS.has(t.lower) || CHANGE_VERBS.has(t.lower) || DETERMINERS.has(t.lower) || ADVERBS.has(t.lower) || isAdverb(t.lower);
}
