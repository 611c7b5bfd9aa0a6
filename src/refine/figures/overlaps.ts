/** Two extractors can read the same characters ("a million" as words, "half" in "half a million"): the longer figure wins. */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';

export const overlaps: FigureRefiner = {
  name: 'overlaps',
  refine(figures) {
    const sorted = [...figures].sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
    const out = [];
    for (const f of sorted) {
      const prev = out[out.length - 1];
      if (prev && f.range.start < prev.range.end) continue;
      out.push(f);
    }
    return out;
  },
};
