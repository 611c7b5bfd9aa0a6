/** Where two expressions overlap, the longer one is kept ("June 17, 2024" over "June" and "2024"); the earlier on a tie. */
import type { TimeRefiner } from '../extractor.js';

export const longestWins: TimeRefiner = {
  name: 'longest-wins',
  refine(mentions) {
    const byLength = [...mentions].sort((a, b) => b.range.end - b.range.start - (a.range.end - a.range.start) || a.range.start - b.range.start);
    const kept: typeof mentions = [];
    for (const m of byLength) {
      if (!kept.some((k) => k.range.start < m.range.end && m.range.start < k.range.end)) kept.push(m);
    }
    return kept.sort((a, b) => a.range.start - b.range.start);
  },
};
