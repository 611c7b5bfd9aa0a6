/** Number words, scale words, fractions and vague quantities, with their values. */
import { wordTable } from '../../../core/word-table.js';

export const UNITS_WORDS: Readonly<Record<string, number>> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});

export const TENS_WORDS: Readonly<Record<string, number>> = wordTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Words that multiply what comes before them ("9 million", "twenty-five thousand"). */
export const SCALES: Readonly<Record<string, number>> = wordTable({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
});

/** Abbreviated scales written after a figure ("1.5bn", "$200m", "30k"). */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = wordTable({
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, million: 1e6, b: 1e9, bn: 1e9, bln: 1e9, billion: 1e9, tn: 1e12, trn: 1e12, trillion: 1e12,
});

/** "a dozen", "a score". */
export const GROUP_WORDS: Readonly<Record<string, number>> = wordTable({ dozen: 12, score: 20, couple: 2 });

/** Vague quantities as ranges, following the NewsQuant convention ("dozens" = 12–120: one to ten dozen). */
export const VAGUE: Readonly<Record<string, [number, number]>> = wordTable({
  dozens: [12, 120],
  scores: [40, 200],
  hundreds: [100, 1000],
  thousands: [1e3, 1e4],
  millions: [1e6, 1e7],
  billions: [1e9, 1e10],
  trillions: [1e12, 1e13],
});

/** Denominators of fractions ("a third", "two-thirds", "three quarters", "a fifth"). */
export const DENOMINATORS: Readonly<Record<string, number>> = wordTable({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});

/** Every word that can start a figure written in words, a vague quantity or a fraction: a cheap first test. */
export const TRIGGER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALES), ...Object.keys(GROUP_WORDS), ...Object.keys(VAGUE),
  ...Object.keys(DENOMINATORS), 'a', 'an', 'half', 'tens', 'several', 'few', 'many',
]);

/**
 * The value of a run of number words ("twenty-five thousand", "three hundred and
 * fifty", "one and a half million", "a dozen"), or undefined when the words are
 * not a number. Words must be lower-case.
 */
export function wordsValue(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let half = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'and') {
      if (!seen || i === words.length - 1) return undefined;
      continue;
    }
    if ((w === 'a' || w === 'an') && i === 0) {
      current = 1;
      seen = true;
      continue;
    }
    if (w === 'a' && words[i + 1] === 'half' && seen) {
      half = true;
      i++;
      continue;
    }
    const parts = w.split('-');
    if (parts.length === 2 && TENS_WORDS[parts[0]!] !== undefined && UNITS_WORDS[parts[1]!] !== undefined && UNITS_WORDS[parts[1]!]! < 10) {
      current += TENS_WORDS[parts[0]!]! + UNITS_WORDS[parts[1]!]!;
      seen = true;
      continue;
    }
    if (UNITS_WORDS[w] !== undefined) {
      current += UNITS_WORDS[w]!;
      seen = true;
    } else if (TENS_WORDS[w] !== undefined) {
      current += TENS_WORDS[w]!;
      seen = true;
    } else if (GROUP_WORDS[w] !== undefined && seen) {
      current = (current || 1) * GROUP_WORDS[w]!;
    } else if (SCALES[w] !== undefined && seen) {
      const scale = SCALES[w]!;
      const base = (current || 1) + (half ? 0.5 : 0);
      half = false;
      if (scale === 100) current = base * 100;
      else {
        total += base * scale;
        current = 0;
      }
    } else return undefined;
  }
  if (!seen) return undefined;
  return total + current + (half ? 0.5 : 0);
}
