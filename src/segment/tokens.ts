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
import type { Token } from '../core/doc.js';

const CLITIC = /(?:['’](?:s|re|ve|ll|d|m)|n['’]t)$/i;

const LETTER = 1; // \p{L} or \p{M}
const NUMERAL = 2; // \p{N}
const SPACE = 4; // \s
const KNOWN = 8;

/** Each UTF-16 code unit's classes, worked out the first time it is met. */
const unitClasses = new Uint8Array(0x10000);

function classesOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = unitClasses[codePoint]!;
    if (known !== 0) return known;
    return (unitClasses[codePoint] = classify(codePoint) | KNOWN);
  }
  return classify(codePoint);
}

function classify(codePoint: number): number {
  const c = String.fromCodePoint(codePoint);
  return (/[\p{L}\p{M}]/u.test(c) ? LETTER : 0) | (/\p{N}/u.test(c) ? NUMERAL : 0) | (/\s/u.test(c) ? SPACE : 0);
}

const PUNCT = new Set([...'.,;:!?"“”‘’\'()[]{}…–—-/'].map((c) => c.charCodeAt(0)));
const GROUP_SEPARATORS = new Set([...',.\u00a0\u202f\u2009'].map((c) => c.charCodeAt(0)));
const [APOSTROPHE, CURLY_APOSTROPHE, HYPHEN, COMMA, FULL_STOP] = [0x27, 0x2019, 0x2d, 0x2c, 0x2e];

const isDigit = (unit: number) => unit >= 0x30 && unit <= 0x39;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    const codePoint = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
    const classes = classesOf(codePoint);
    if (classes & SPACE) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(unit)) {
      i = numberEnd(text, i);
      tokens.push({ range: { start: offset + start, end: offset + i }, kind: 'number' });
    } else if (classes & LETTER) {
      const end = wordEnd(text, i);
      i = end.at;
      const clitic = end.apostrophe ? CLITIC.exec(text.slice(start, i)) : null;
      if (clitic && clitic.index > 0) {
        const cut = offset + start + clitic.index;
        tokens.push({ range: { start: offset + start, end: cut }, kind: 'word' }, { range: { start: cut, end: offset + i }, kind: 'word' });
      } else tokens.push({ range: { start: offset + start, end: offset + i }, kind: 'word' });
    } else {
      const punct = PUNCT.has(unit);
      i += codePoint > 0xffff ? 2 : 1;
      tokens.push({ range: { start: offset + start, end: offset + i }, kind: punct ? 'punct' : 'symbol' });
    }
  }
  return tokens;
}

/** Where a number starting at `i` ends: digits, groups of three after a separator, then a decimal part. */
function numberEnd(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  while (GROUP_SEPARATORS.has(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) i += 4;
  const unit = text.charCodeAt(i);
  if ((unit === FULL_STOP || unit === COMMA) && isDigit(text.charCodeAt(i + 1))) {
    i += 2;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** Where a word starting at `i` (on a letter or mark) ends, and whether an apostrophe joins it. */
function wordEnd(text: string, i: number): { at: number; apostrophe: boolean } {
  let apostrophe = false;
  i = letterRunEnd(text, i);
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit !== APOSTROPHE && unit !== CURLY_APOSTROPHE && unit !== HYPHEN) break;
    const after = letterRunEnd(text, i + 1);
    if (after === i + 1) break;
    if (unit !== HYPHEN) apostrophe = true;
    i = after;
  }
  return { at: i, apostrophe };
}

/** Where a run of letters, marks and numerals starting at `i` ends (`i` itself where there is none). */
function letterRunEnd(text: string, i: number): number {
  while (i < text.length) {
    const codePoint = text.codePointAt(i)!;
    if (!(classesOf(codePoint) & (LETTER | NUMERAL))) break;
    i += codePoint > 0xffff ? 2 : 1;
  }
  return i;
}
