/**
 * The figures stage's own view of a sentence: tokens that keep whether they are
 * glued to the token before (no space between), so "MiG-29", "1.5bn", "$200m",
 * "5:55" and "25,000-30,000" can be told apart from "Su 27 jets" or "5 to 10".
 */

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

const TOKEN = /\d+(?:[.,]\d+)*|(?<![\p{L}\p{N}.])\.\d+|[¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|[\p{L}\p{M}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function quantityTokens(text: string, start: number, end: number): QToken[] {
  const out: QToken[] = [];
  const slice = text.slice(start, end);
  let prevEnd = -1;
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + m.index;
    const t = m[0];
    const kind: QKind = /^\.?\d|^[¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]$/.test(t) ? 'digits' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct';
    out.push({ start: s, end: s + t.length, text: t, lower: t.toLowerCase(), kind, glued: s === prevEnd });
    prevEnd = s + t.length;
  }
  return out;
}

/** Cheap test: can this sentence hold a figure at all? */
export const MAY_HOLD_FIGURE =
  /\d|[¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|scores|half|third|thirds|quarters?|fifths?|tenths?|couple|[a-z]+fold)\b/i;
