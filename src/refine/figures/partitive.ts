/**
 * Part of a whole: "4,000 of the original 11,000 North Korean soldiers", "half
 * of the 11,000 troops". The part is linked to the whole, and counts what the
 * whole counts.
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import { DETERMINERS } from '../../extract/quantities/lexicon/words.js';
import { figureTokens, tokenAt } from './helpers.js';

export const partitive: FigureRefiner = {
  name: 'partitive',
  refine(figures, ctx) {
    figures.forEach((a, i) => {
      const b = figures[i + 1];
      if (!b || b.sentence !== a.sentence || a.role !== 'claim' || b.role !== 'claim') return;
      const { tokens, after } = figureTokens(a, ctx);
      if (tokens[after]?.lower !== 'of') return;
      const stop = tokenAt(tokens, b.range.start);
      // "of the original", "of its": determiners and adjectives only, at most three words
      const gap = tokens.slice(after + 1, stop);
      if (gap.length > 3 || gap.some((t) => t.kind !== 'word' || (!DETERMINERS.has(t.lower) && /^\p{Lu}/u.test(t.text)))) return;
      a.partOf = b;
    });
    return figures;
  },
};
