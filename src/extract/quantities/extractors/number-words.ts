/**
 * Figures written in words: "two", "twenty-five thousand", "three hundred and
 * fifty", "one and a half million", "a dozen", "a million", "half a million".
 */
import { GROUP_WORDS, SCALES, TENS_WORDS, TRIGGER_WORDS, UNITS_WORDS, wordsValue } from '../lexicon/numbers.js';
import { newFigure, type FigureExtractor } from '../extractor.js';
import type { Figure } from '../figure.js';
import type { QToken } from '../tokens.js';

function isNumberWord(lower: string): boolean {
  return UNITS_WORDS[lower] !== undefined || TENS_WORDS[lower] !== undefined || SCALES[lower] !== undefined || GROUP_WORDS[lower] !== undefined;
}

export const numberWords: FigureExtractor = {
  name: 'number-words',
  extract(sentence) {
    const t = sentence.tokens;
    const out: Figure[] = [];
    for (let i = 0; i < t.length; i++) {
      const tok = t[i]!;
      if (tok.kind !== 'word' || (!TRIGGER_WORDS.has(tok.lower) && !tok.lower.endsWith('fold'))) continue;
      const fold = /^(\p{L}+)fold$/u.exec(tok.lower);
      if (fold && (UNITS_WORDS[fold[1]!] !== undefined || TENS_WORDS[fold[1]!] !== undefined || fold[1] === 'hundred')) {
        const n = UNITS_WORDS[fold[1]!] ?? TENS_WORDS[fold[1]!] ?? 100;
        const f = newFigure(sentence.index, tok.start, tok.end, n, n, 'words');
        f.unit = 'times';
        out.push(f);
        continue;
      }
      const startsWithA = (tok.lower === 'a' || tok.lower === 'an') && t[i + 1] !== undefined && (SCALES[t[i + 1]!.lower] !== undefined || GROUP_WORDS[t[i + 1]!.lower] !== undefined);
      const half = tok.lower === 'half' && t[i + 1]?.lower === 'a' && SCALES[t[i + 2]?.lower ?? ''] !== undefined;
      if (!isNumberWord(tok.lower) && !startsWithA && !half) continue;
      if (!startsWithA && !half && (SCALES[tok.lower] !== undefined || GROUP_WORDS[tok.lower] !== undefined)) continue; // "million" alone, "dozen" alone
      const words: string[] = [];
      let j = i;
      if (half) {
        // "half a million": a half of the scale
        const scale = SCALES[t[i + 2]!.lower]!;
        out.push(newFigure(sentence.index, tok.start, t[i + 2]!.end, scale / 2, scale / 2, 'words'));
        i += 2;
        continue;
      }
      while (j < t.length) {
        const w = t[j]!;
        if (w.kind === 'word' && (isNumberWord(w.lower) || (j === i && startsWithA))) {
          words.push(w.lower);
          j++;
        } else if (w.text === '-' && w.glued && t[j + 1]?.glued && t[j + 1]!.kind === 'word' && UNITS_WORDS[t[j + 1]!.lower] !== undefined && TENS_WORDS[t[j - 1]!.lower] !== undefined) {
          words.push(`${words.pop()!}-${t[j + 1]!.lower}`);
          j += 2;
        } else if (w.lower === 'and' && isNumberWord(t[j + 1]?.lower ?? '') && words.length > 0 && SCALES[words[words.length - 1]!] !== undefined) {
          words.push('and');
          j++;
        } else if (w.lower === 'and' && t[j + 1]?.lower === 'a' && t[j + 2]?.lower === 'half' && words.length > 0) {
          words.push('a', 'half');
          j += 3;
        } else break;
      }
      const value = wordsValue(words);
      if (value === undefined || j === i) continue;
      const last = t[j - 1] as QToken;
      out.push(newFigure(sentence.index, tok.start, last.end, value, value, 'words'));
      i = j - 1;
    }
    return out;
  },
};
