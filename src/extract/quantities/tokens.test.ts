import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantityTokens } from './tokens.js';

/** The pattern the scanner reads as (its header), run over the slice as a pattern: the two must split every slice alike. */
const TOKEN = /\d+(?:[.,]\d+)*|(?<![\p{L}\p{N}.])\.\d+|[¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|[\p{L}\p{M}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

function tokensByPattern(text: string, start: number, end: number) {
  let prevEnd = -1;
  return [...text.slice(start, end).matchAll(TOKEN)].map((m) => {
    const [s, t] = [start + m.index, m[0]];
    const kind = /^\.?\d|^[¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]$/.test(t) ? 'digits' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct';
    const token = { start: s, end: s + t.length, text: t, lower: t.toLowerCase(), kind, glued: s === prevEnd };
    prevEnd = s + t.length;
    return token;
  });
}

/** Characters where the pattern's parts meet: digits, full stops and commas, fractions, letters and marks, numerals that are not digits, apostrophes, spaces, symbols with a lower case, surrogates. */
const PIECES = [
  '0', '7', '12', '.', ',', '.5', '1.5', '25,000', '½', '⅞', ' ', '\t', '\u00a0', '\u3000', 'a', 'Z', 'É', 'ß', 'Ж', '中', '\u0301', '\u0903', '²', '٣', 'Ⅻ', "'", '’',
  '-', '$', '£', '%', '/', 'Ⓐ', '😀', '𝐀', '𝟙', '\ud800', '\udc00', "n't", 'MiG-29', '1.5bn', '$200m', '5:55',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4, unit: 'binary' })), { maxLength: 30 }).map((parts) => parts.join(''));

describe('quantityTokens', () => {
  it('keeps digits, words and punctuation apart, with what each is glued to', () => {
    const text = 'Some 25,000-30,000 MiG-29s cost $1.5bn (.5 of it) at 5:55.';
    expect(quantityTokens(text, 0, text.length).map((t) => [t.text, t.kind, t.glued])).toEqual([
      ['Some', 'word', false], ['25,000', 'digits', false], ['-', 'punct', true], ['30,000', 'digits', true], ['MiG', 'word', false], ['-', 'punct', true],
      ['29', 'digits', true], ['s', 'word', true], ['cost', 'word', false], ['$', 'punct', false], ['1.5', 'digits', true], ['bn', 'word', true], ['(', 'punct', false],
      ['.5', 'digits', true], ['of', 'word', false], ['it', 'word', false], [')', 'punct', true], ['at', 'word', false], ['5', 'digits', false], [':', 'punct', true],
      ['55', 'digits', true], ['.', 'punct', true],
    ]);
  });

  it('splits any slice of any text as its pattern does', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const [start, end] = [a % (s.length + 1), b % (s.length + 1)].sort((x, y) => x - y) as [number, number];
        expect(quantityTokens(s, start, end)).toEqual(tokensByPattern(s, start, end));
      }),
      { numRuns: 3000 },
    );
  });
});
