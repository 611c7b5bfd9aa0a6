/**
 * Durations and ages are not claims: "within three months", "a three-year
 * war", "for 20 years" become the time of the claims around them; "aged 25",
 * "a 25-year-old man", "five years old" are ages.
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import { UNIT_BY_WORD } from '../../extract/quantities/lexicon/units.js';
import { figureTokens, tokenAt, unitOf } from './helpers.js';

export const durationsAndAges: FigureRefiner = {
  name: 'durations-and-ages',
  refine(figures, ctx) {
    for (const f of figures) {
      if (f.role !== 'claim') continue;
      const { tokens, first, after } = figureTokens(f, ctx);
      const prev = tokens[first - 1];
      // "three-year", "25-year-old": a time word glued by a hyphen
      const hyphen = tokens[after];
      const word = tokens[after + 1];
      if (f.unit === null && hyphen?.text === '-' && hyphen.glued && word?.glued && UNIT_BY_WORD.get(word.lower)?.kind === 'time') {
        f.unit = UNIT_BY_WORD.get(word.lower)!.id;
        f.range = { start: f.range.start, end: word.end };
        const old = tokens[after + 2]?.text === '-' && tokens[after + 3]?.lower === 'old';
        f.role = old ? 'age' : 'time';
        if (old) f.range = { start: f.range.start, end: tokens[after + 3]!.end };
        continue;
      }
      const unit = unitOf(f);
      // "Senard, 65, now faces": an age between commas after a name
      if (f.unit === null && f.form === 'digits' && prev?.text === ',' && tokens[after]?.text === ',' && /^\p{Lu}/u.test(tokens[first - 2]?.text ?? '') && f.low !== null && f.low >= 1 && f.low < 120 && Number.isInteger(f.low)) {
        f.role = 'age';
        continue;
      }
      if (prev && prev.lower === 'of' && tokens[first - 2]?.lower === 'age') {
        f.role = 'age';
        continue;
      }
      if (unit?.kind !== 'time' || f.per !== null) {
        if (prev && (prev.lower === 'aged' || prev.lower === 'age') && (f.unit === null || unit?.kind === 'time')) f.role = 'age';
        continue;
      }
      let k = tokenAt(tokens, f.range.end);
      if (tokens[k]?.text === '-' && tokens[k]!.glued) k++; // "15 year-old"
      const next = tokens[k];
      const old = next?.lower === 'old' || (next?.lower === 'of' && tokens[k + 1]?.lower === 'age');
      f.role = old ? 'age' : 'time';
      if (next?.lower === 'old') f.range = { start: f.range.start, end: next.end };
    }
    return figures;
  },
};
