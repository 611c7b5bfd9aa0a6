/**
 * The same quantity said twice: a conversion in brackets ("more than 100
 * kilometers (60 miles)", "dropped by 1 to 1.5 degrees Celsius (1.8 to 2.7
 * Fahrenheit)", "$200 million (£150m)", "296 hp (224 kW / 300 PS)") or a restatement after "or" ("lost 190
 * points, or 0.6%"). The second takes the first's change, and a conversion also
 * its qualifier, modality and counted thing.
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import type { Figure } from '../../extract/quantities/figure.js';
import { figureTokens, tokenAt } from './helpers.js';

export const alternatives: FigureRefiner = {
  name: 'alternatives',
  refine(figures, ctx) {
    const conversions = new Set<Figure>();
    figures.forEach((b, i) => {
      const a = figures[i - 1];
      if (!a || a.sentence !== b.sentence || a.role !== 'claim' || b.role !== 'claim') return;
      const { tokens } = figureTokens(b, ctx);
      // what the first figure counts lies between them in "125,600 positions or 2.2 per cent"
      const from = a.counted && !a.countedFrom && a.counted.start >= a.range.end ? a.counted.end : a.range.end;
      const between = tokens.slice(tokenAt(tokens, from), tokenAt(tokens, b.range.start)).map((t) => t.lower).join(' ');
      // "(224 kW / 300 PS)": a second conversion in the same brackets
      const conversion = between === '(' || between === '( or' || between === '(' + '~' || (between === '/' && conversions.has(a));
      const restatement = between === ', or' || between === 'or';
      if (!conversion && !restatement) return;
      if (b.change === null && b.trend === null) {
        b.change = a.change;
        b.trend = a.trend;
        if (a.changeCue) b.changeCue = a.changeCue;
      }
      b.about ??= a.about;
      if (!conversion) return;
      conversions.add(b);
      if ((b.qualifier === 'exact' || b.qualifier === 'range') && a.qualifier !== 'exact' && a.qualifier !== 'range' && a.qualifier !== 'vague') openLike(b, a);
      b.modality = a.modality;
      if (!b.counted && a.counted) {
        b.counted = a.counted;
        b.head = a.head;
        b.countedFrom = a;
      }
    });
    return figures;
  },
};

function openLike(b: Figure, a: Figure): void {
  b.qualifier = a.qualifier;
  if (a.low === null) b.low = null;
  if (a.high === null) b.high = null;
}
