/**
 * Tokens with their ranges: words (with inner hyphens and apostrophes, clitics
 * such as "’s" and "n’t" split off), numbers (with group separators and
 * decimals), punctuation and symbols.
 *
 * A scanner, read as this pattern is (tokens.test.ts holds them to each other):
 *   number  \d+(?:[,.\u00a0\u202f\u2009]\d{3})*(?:[.,]\d+)?
 *   word    [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*
 *   punct   [.,;:!?"“”‘’'()[\]{}…–—\-/]
 *   symbol  \S, one code point
 * tried in that order at each place, white space (\s) between. Tokenizing is
 * done for every report; the pattern's matches cost an array and a string each.
 */
import { LETTER, MARK, NUMERAL, SPACE, charClasses, classRunEnd, codePointAt, digitRunEnd, isDigit, widthOf } from '../core/char-classes.js';
import type { Token } from '../core/doc.js';

const CLITIC = /(?:['’](?:s|re|ve|ll|d|m)|n['’]t)$/i;

const PUNCT = new Set([...'.,;:!?"“”‘’\'()[]{}…–—-/'].map((c) => c.charCodeAt(0)));
const GROUP_SEPARATORS = new Set([...',.\u00a0\u202f\u2009'].map((c) => c.charCodeAt(0)));
const [APOSTROPHE, CURLY_APOSTROPHE, HYPHEN, COMMA, FULL_STOP] = [0x27, 0x2019, 0x2d, 0x2c, 0x2e];

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    const codePoint = codePointAt(text, i);
    const classes = charClasses(codePoint);
    if (classes & SPACE) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(unit)) {
      i = numberEnd(text, i);
      tokens.push({ range: { start: offset + start, end: offset + i }, kind: 'number' });
    } else if (classes & (LETTER | MARK)) {
      const end = wordEnd(text, i);
      i = end.at;
      const clitic = end.apostrophe ? CLITIC.exec(text.slice(start, i)) : null;
      if (clitic && clitic.index > 0) {
        const cut = offset + start + clitic.index;
        tokens.push({ range: { start: offset + start, end: cut }, kind: 'word' }, { range: { start: cut, end: offset + i }, kind: 'word' });
      } else tokens.push({ range: { start: offset + start, end: offset + i }, kind: 'word' });
    } else {
      const punct = PUNCT.has(unit);
      i += widthOf(codePoint);
      tokens.push({ range: { start: offset + start, end: offset + i }, kind: punct ? 'punct' : 'symbol' });
    }
  }
  return tokens;
}

/** Where a number starting at `i` ends: digits, groups of three after a separator, then a decimal part. */
function numberEnd(text: string, i: number): number {
  i = digitRunEnd(text, i);
  while (GROUP_SEPARATORS.has(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) i += 4;
  const unit = text.charCodeAt(i);
  if ((unit === FULL_STOP || unit === COMMA) && isDigit(text.charCodeAt(i + 1))) {
    i = digitRunEnd(text, i + 2);
  }
  return i;
}

/** Where a word starting at `i` (on a letter or mark) ends, and whether an apostrophe joins it. */
function wordEnd(text: string, i: number): { at: number; apostrophe: boolean } {
  let apostrophe = false;
  i = classRunEnd(text, i, text.length, LETTER | MARK | NUMERAL);
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit !== APOSTROPHE && unit !== CURLY_APOSTROPHE && unit !== HYPHEN) break;
    const after = classRunEnd(text, i + 1, text.length, LETTER | MARK | NUMERAL);
    if (after === i + 1) break;
    if (unit !== HYPHEN) apostrophe = true;
    i = after;
  }
  return { at: i, apostrophe };
}
