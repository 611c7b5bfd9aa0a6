/**
 * The figures stage's own view of a sentence: tokens that keep whether they are
 * glued to the token before (no space between), so "MiG-29", "1.5bn", "$200m",
 * "5:55" and "25,000-30,000" can be told apart from "Su 27 jets" or "5 to 10".
 */

import { LETTER, MARK, NUMERAL, SPACE, charClasses, classRunEnd, codePointAt, codePointBefore, digitRunEnd, isDigit, widthOf } from '../../core/char-classes.js';

export type QKind = 'digits' | 'word' | 'punct';

export interface QToken {
  /** offsets in the clean text */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly kind: QKind;
  /** no whitespace between this token and the one before */
  readonly glued: boolean;
}

const VULGAR_FRACTIONS = new Set([...'¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞'].map((c) => c.charCodeAt(0)));
const [FULL_STOP, COMMA, APOSTROPHE, CURLY_APOSTROPHE] = [0x2e, 0x2c, 0x27, 0x2019];

/**
 * The tokens of `text` from `start` to `end`: a scanner, read as this pattern
 * is over that slice (tokens.test.ts holds them to each other), tried in this
 * order at each place; white space, and numerals other than these, between:
 *   digits  \d+(?:[.,]\d+)*   (?<![\p{L}\p{N}.])\.\d+   a vulgar fraction
 *   word    [\p{L}\p{M}]+(?:['’][\p{L}]+)*
 *   punct   [^\s\p{L}\p{M}\p{N}], one code point
 */
export function quantityTokens(text: string, start: number, end: number): QToken[] {
  const out: QToken[] = [];
  let prevEnd = -1;
  let i = start;
  while (i < end) {
    const unit = text.charCodeAt(i);
    const codePoint = codePointAt(text, i, end);
    const classes = charClasses(codePoint);
    let to: number;
    let kind: QKind;
    if (isDigit(unit)) {
      to = digitRunEnd(text, i, end);
      while ((text.charCodeAt(to) === FULL_STOP || text.charCodeAt(to) === COMMA) && to + 1 < end && isDigit(text.charCodeAt(to + 1))) to = digitRunEnd(text, to + 1, end);
      kind = 'digits';
    } else if (unit === FULL_STOP && i + 1 < end && isDigit(text.charCodeAt(i + 1)) && !(i > start && followsNumberOrWord(text, i, start))) {
      to = digitRunEnd(text, i + 1, end);
      kind = 'digits';
    } else if (VULGAR_FRACTIONS.has(unit)) {
      to = i + 1;
      kind = 'digits';
    } else if (classes & (LETTER | MARK)) {
      to = wordEnd(text, i, end);
      kind = 'word';
    } else if (classes & (SPACE | NUMERAL)) {
      i += widthOf(codePoint);
      continue;
    } else {
      to = i + widthOf(codePoint);
      kind = 'punct';
    }
    const t = text.slice(i, to);
    out.push({ start: i, end: to, text: t, lower: t.toLowerCase(), kind, glued: i === prevEnd });
    prevEnd = to;
    i = to;
  }
  return out;
}

/** A full stop right after a letter, a numeral or another full stop starts no ".5". */
function followsNumberOrWord(text: string, i: number, start: number): boolean {
  const before = codePointBefore(text, i, start);
  return before === FULL_STOP || (charClasses(before) & (LETTER | NUMERAL)) !== 0;
}

/** Where a word starting at `i` ends: letters and marks, then letters after each inner apostrophe. */
function wordEnd(text: string, i: number, end: number): number {
  i = classRunEnd(text, i, end, LETTER | MARK);
  while (i + 1 < end && (text.charCodeAt(i) === APOSTROPHE || text.charCodeAt(i) === CURLY_APOSTROPHE)) {
    const after = classRunEnd(text, i + 1, end, LETTER);
    if (after === i + 1) break;
    i = after;
  }
  return i;
}

/** Cheap test: can this sentence hold a figure at all? */
export const MAY_HOLD_FIGURE =
  /\d|[¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|scores|half|third|thirds|quarters?|fifths?|tenths?|couple|[a-z]+fold)\b/i;
