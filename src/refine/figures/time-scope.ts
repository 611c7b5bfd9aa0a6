/**
 * The period a claim refers to, when a duration sits in its clause: "died
 * within three months" → the claim's time is "within three months". The time
 * stage resolves these to dates; here they are found and tied to their claim.
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import { figureTokens, isClauseBreak, tokenAt } from './helpers.js';

const TIME_PREPOSITIONS = new Set(['within', 'in', 'over', 'during', 'for', 'since', 'after', 'before', 'until', 'by', 'throughout', 'past', 'last', 'first', 'next']);

export const timeScope: FigureRefiner = {
  name: 'time-scope',
  refine(figures, ctx) {
    for (const f of figures) {
      if (f.role !== 'claim') continue;
      const scope = figures.find((g) => g.role === 'time' && g.sentence === f.sentence && sameClause(f.range.end, g.range.start, f.sentence, ctx));
      if (!scope) continue;
      const { tokens, first } = figureTokens(scope, ctx);
      const prep = tokens[first - 1];
      f.time = { start: prep && TIME_PREPOSITIONS.has(prep.lower) ? prep.start : scope.range.start, end: scope.range.end };
    }
    return figures;
  },
};

/** No clause break between the claim and the time expression after it. */
function sameClause(from: number, to: number, sentence: number, ctx: Parameters<FigureRefiner['refine']>[1]): boolean {
  if (to < from) return false;
  const { tokens } = ctx.sentences[sentence]!;
  const between = tokens.slice(tokenAt(tokens, from), tokenAt(tokens, to));
  return between.length <= 8 && !between.some(isClauseBreak);
}
