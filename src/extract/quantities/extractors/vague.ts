/**
 * Vague quantities as ranges, following the benchmark convention ("dozens" =
 * 12–120): "thousands", "hundreds", "dozens", "millions", "scores of", "tens of
 * thousands", "hundreds of millions", "several thousand", "a few hundred".
 */
import { SCALES, TRIGGER_WORDS, VAGUE } from '../lexicon/numbers.js';
import { newFigure, type FigureExtractor } from '../extractor.js';
import type { Figure } from '../figure.js';
import { wordTable } from '../../../core/word-table.js';

/** "tens of thousands" → [1e4, 1e5]: a vague word of a vague scale. */
const OF_SCALE: Readonly<Record<string, number>> = wordTable({ tens: 10, hundreds: 100, dozens: 12 });
const SEVERAL: Readonly<Record<string, [number, number]>> = wordTable({ several: [3, 9], 'a few': [2, 5], few: [2, 5], many: [2, 10] });

export const vague: FigureExtractor = {
  name: 'vague',
  extract(sentence) {
    const t = sentence.tokens;
    const out: Figure[] = [];
    for (let i = 0; i < t.length; i++) {
      const tok = t[i]!;
      if (tok.kind !== 'word' || !TRIGGER_WORDS.has(tok.lower)) continue;
      const next = t[i + 1];
      const after = t[i + 2];
      // "tens of thousands", "hundreds of millions"
      if (OF_SCALE[tok.lower] !== undefined && next?.lower === 'of' && after && VAGUE[after.lower] !== undefined && after.lower !== 'dozens') {
        const base = VAGUE[after.lower]![0] * OF_SCALE[tok.lower]!;
        out.push(newFigure(sentence.index, tok.start, after.end, base, base * 10, 'vague'));
        i += 2;
        continue;
      }
      // "several thousand", "a few hundred", "many thousands"
      const severalKey = tok.lower === 'a' && next?.lower === 'few' ? 'a few' : tok.lower;
      const scaleTok = severalKey === 'a few' ? after : next;
      if (SEVERAL[severalKey] && scaleTok && (SCALES[scaleTok.lower] !== undefined || VAGUE[scaleTok.lower] !== undefined) && scaleTok.lower !== 'dozens') {
        const scale = SCALES[scaleTok.lower] ?? VAGUE[scaleTok.lower]![0];
        const [lo, hi] = SEVERAL[severalKey]!;
        out.push(newFigure(sentence.index, tok.start, scaleTok.end, lo * scale, hi * scale, 'vague'));
        i = t.indexOf(scaleTok);
        continue;
      }
      const range = VAGUE[tok.lower];
      if (!range) continue;
      if (tok.lower === 'scores' && next?.lower !== 'of') continue; // "scores" of a match
      out.push(newFigure(sentence.index, tok.start, tok.end, range[0], range[1], 'vague'));
    }
    return out;
  },
};
