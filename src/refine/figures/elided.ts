/**
 * Figures whose counted thing is left unsaid take it from the figure they
 * refer to: the whole they are part of ("4,000 of the original 11,000 North
 * Korean soldiers"), or the nearest figure before them in the same sentence or
 * the sentence before ("14,000 troops …, including 3,000 dispatched earlier";
 * "just over 100 casualties, … a figure close to 600"; "600 soldiers killed and
 * thousands more wounded").
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import type { Figure } from '../../extract/quantities/figure.js';
import { MEASURE_NOUNS, PLACEHOLDER_NOUNS, looksLikeVerb } from '../../extract/quantities/lexicon/words.js';
import { figureTokens, unitOf } from './helpers.js';

/** Nouns before "of" that name no kind of thing ("a total of", "a figure of", "in excess of"). */

export const elided: FigureRefiner = {
  name: 'elided',
  refine(figures, ctx) {
    figures.forEach((f, i) => {
      if (f.role !== 'claim' || f.counted !== null) return;
      // "FactSet estimates of 64,900", "a budget of 5,000": a noun before "of" says what the figure is
      const { tokens, first } = figureTokens(f, ctx);
      if (tokens[first - 1]?.lower === 'of' && tokens[first - 2]?.kind === 'word' && !MEASURE_NOUNS.has(tokens[first - 2]!.lower) && !PLACEHOLDER_NOUNS.has(tokens[first - 2]!.lower) && !looksLikeVerb(tokens[first - 2]!.lower)) return;
      const kind = unitOf(f)?.kind;
      if (kind !== undefined && kind !== 'percent') return;
      const source = f.partOf?.counted ? f.partOf : antecedent(figures, i, f);
      if (!source?.counted) return;
      f.counted = source.counted;
      f.head = source.head;
      f.countedFrom = source;
    });
    return figures;
  },
};

function antecedent(figures: readonly Figure[], i: number, f: Figure): Figure | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const g = figures[k]!;
    if (g.sentence < f.sentence - 1) break;
    if (g.role !== 'claim' || !g.counted) continue;
    if ((g.unit === 'percent') !== (f.unit === 'percent')) continue;
    return g;
  }
  return undefined;
}
