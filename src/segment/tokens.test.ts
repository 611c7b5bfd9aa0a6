import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

/** The pattern the scanner reads as (its header), tried here as a pattern: the two must split every text alike. */
const TOKEN =
  /(\d+(?:[,.\u00a0\u202f\u2009]\d{3})*(?:[.,]\d+)?)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*)|([.,;:!?"“”‘’'()[\]{}…–—\-/])|\S/gu;
const CLITIC = /(?:['’](?:s|re|ve|ll|d|m)|n['’]t)$/i;

function tokenizeByPattern(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const m of text.matchAll(TOKEN)) {
    const [start, end] = [m.index, m.index + m[0].length];
    const clitic = m[2] !== undefined ? CLITIC.exec(m[0]) : null;
    if (clitic && clitic.index > 0) out.push([start, start + clitic.index, 'word'], [start + clitic.index, end, 'word']);
    else out.push([start, end, m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'punct' : 'symbol']);
  }
  return out;
}

/** Characters where the pattern's parts meet: digits and separators, letters of several scripts, marks, numerals that are not digits, apostrophes, spaces, surrogates. */
const PIECES = [
  '0', '1', '9', '12', '000', ',', '.', '\u00a0', '\u202f', '\u2009', ' ', '\t', '\n', '\u3000', '\u2028', '\ufeff', 'a', 'Z', 's', 't', 'n', 'é', 'ß', 'Ж', 'ع',
  '中', '\u0301', '\u0903', '²', '½', '٣', 'Ⅻ', "'", '’', '‘', '-', '–', '—', '…', '/', '"', '“', '(', ']', '£', '%', '$', '😀', '𝐀', '𝟙', '\ud800', '\udc00',
  "n't", "'s", '’re', 'Jong-un', '11,000', '2.5',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4, unit: 'binary' })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('tokenize', () => {
  it('splits words, numbers, punctuation, symbols and clitics, each with its range', () => {
    const text = "Kim Jong-un's 11,000 troops—didn't they? £2.5bn (approx.) 😀";
    const words = tokenize(text, 10).map((t) => [text.slice(t.range.start - 10, t.range.end - 10), t.kind]);
    expect(words).toEqual([
      ['Kim', 'word'], ['Jong-un', 'word'], ["'s", 'word'], ['11,000', 'number'], ['troops', 'word'], ['—', 'punct'], ['did', 'word'], ["n't", 'word'],
      ['they', 'word'], ['?', 'punct'], ['£', 'symbol'], ['2.5', 'number'], ['bn', 'word'], ['(', 'punct'], ['approx', 'word'], ['.', 'punct'], [')', 'punct'], ['😀', 'symbol'],
    ]);
  });

  it('reads groups of three and a decimal part as the pattern does, and words across scripts, marks and numerals', () => {
    const text = '3.14159 1,2345 12\u00a0000,5 naïve Ⅻth Москва-2 ’tis rock’n’roll 𝐀𝐁 x²';
    expect(tokenize(text).map((t) => [text.slice(t.range.start, t.range.end), t.kind])).toEqual([
      ['3.141', 'number'], ['59', 'number'], ['1,234', 'number'], ['5', 'number'], ['12\u00a0000,5', 'number'], ['naïve', 'word'], ['Ⅻ', 'symbol'], ['th', 'word'],
      ['Москва-2', 'word'], ['’', 'punct'], ['tis', 'word'], ['rock’n’roll', 'word'], ['𝐀𝐁', 'word'], ['x²', 'word'],
    ]);
  });

  it('splits any text as its pattern does', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(tokenize(s).map((t) => [t.range.start, t.range.end, t.kind])).toEqual(tokenizeByPattern(s));
      }),
      { numRuns: 3000 },
    );
  });
});
