/**
 * A figure that names part of an earlier one in its sentence: "14,000 troops,
 * including 3,000 dispatched earlier this year", "300 people, among them 40
 * children", "1,200 prisoners, of whom 70 were freed". The part is linked to
 * the whole it follows, so that the two are never read as rival figures for
 * one quantity.
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import { endsWithPhrase, figureTokens } from './helpers.js';

const PART_CUES: readonly (readonly string[])[] = [['including'], ['among', 'them'], ['among', 'whom'], ['of', 'whom'], ['of', 'which'], ['of', 'them'], ['of', 'those'], ['among', 'those']];

export const subset: FigureRefiner = {
  name: 'subset',
  refine(figures, ctx) {
    figures.forEach((b, i) => {
      if (b.role !== 'claim' || b.partOf) return;
      const { tokens, first } = figureTokens(b, ctx);
      if (!PART_CUES.some((cue) => endsWithPhrase(tokens, first, cue))) return;
      for (let k = i - 1; k >= 0; k--) {
        const a = figures[k]!;
        if (a.sentence !== b.sentence) return;
        // units are known by now ("9 million shells" is no part of "15,000 containers")
        if (a.role === 'claim' && a.unit === b.unit) {
          b.partOf = a;
          return;
        }
      }
    });
    return figures;
  },
};
