/** Times of day are not figures: "5:55", "9:01 p.m.", "1.05am", "10.30 BST", "5 a.m.". */
import { ZONES } from '../../core/datetime.js';
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import type { QToken } from '../../extract/quantities/tokens.js';
import { exclude, figureTokens } from './helpers.js';

export const timesOfDay: FigureRefiner = {
  name: 'times-of-day',
  refine(figures, ctx) {
    for (const f of figures) {
      if (f.role !== 'claim' || f.form !== 'digits') continue;
      const { tokens, first, after } = figureTokens(f, ctx);
      const prev = tokens[first - 1];
      const next = tokens[after];
      // either side of a clock colon: "5:55", "9:01:30"
      if ((next?.text === ':' && next.glued && tokens[after + 1]?.kind === 'digits' && tokens[after + 1]!.glued) || (prev?.text === ':' && tokens[first]!.glued && tokens[first - 2]?.kind === 'digits')) {
        exclude(f, 'time-of-day');
        continue;
      }
      if (meridiemAt(tokens, after) || (/^\d{1,2}[.:]\d{2}$/.test(tokens[first]!.text) && next?.kind === 'word' && ZONES[next.text] !== undefined)) exclude(f, 'time-of-day');
    }
    return figures;
  },
};

/** "am", "pm", "a.m.", "p.m." starting at token `i`. */
function meridiemAt(tokens: readonly QToken[], i: number): boolean {
  const a = tokens[i];
  if (!a) return false;
  if (a.lower === 'am' || a.lower === 'pm') return a.glued || /^[AP]M$|^[ap]m$/.test(a.text);
  return (a.lower === 'a' || a.lower === 'p') && tokens[i + 1]?.text === '.' && tokens[i + 2]?.lower === 'm';
}
