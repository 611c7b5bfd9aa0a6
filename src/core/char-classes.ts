/**
 * A code point's Unicode classes, as the scanners that replace tokenizing
 * patterns read them: letter (\p{L}), mark (\p{M}), numeral (\p{N}), white
 * space (\s). Each UTF-16 code unit's are worked out the first time it is met
 * and kept; a code point beyond them is worked out each time (rare in news).
 */
export const LETTER = 1;
export const MARK = 2;
export const NUMERAL = 4;
export const SPACE = 8;
const KNOWN = 16;

const unitClasses = new Uint8Array(0x10000);

export function charClasses(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = unitClasses[codePoint]!;
    if (known !== 0) return known;
    return (unitClasses[codePoint] = classify(codePoint) | KNOWN);
  }
  return classify(codePoint);
}

function classify(codePoint: number): number {
  const c = String.fromCodePoint(codePoint);
  return (/\p{L}/u.test(c) ? LETTER : 0) | (/\p{M}/u.test(c) ? MARK : 0) | (/\p{N}/u.test(c) ? NUMERAL : 0) | (/\s/u.test(c) ? SPACE : 0);
}

/** The code point at `i`: a pair of surrogates read as one, unless it crosses `end` (the end of the part read). */
export function codePointAt(text: string, i: number, end = text.length): number {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff && i + 1 < end ? text.codePointAt(i)! : unit;
}

/** The code point that ends just before `i`, not reaching before `start` (the start of the part read). */
export function codePointBefore(text: string, i: number, start = 0): number {
  const unit = text.charCodeAt(i - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && i - 2 >= start) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (unit - 0xdc00) + 0x10000;
  }
  return unit;
}

/** Where a run of code points of any of `classes`, starting at `i`, ends before `end` (`i` itself where there is none). */
export function classRunEnd(text: string, i: number, end: number, classes: number): number {
  while (i < end) {
    const codePoint = codePointAt(text, i, end);
    if (!(charClasses(codePoint) & classes)) break;
    i += widthOf(codePoint);
  }
  return i;
}

/** How many code units a code point takes. */
export const widthOf = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);

export const isDigit = (unit: number): boolean => unit >= 0x30 && unit <= 0x39;

/** Where a run of ASCII digits starting at `i` ends before `end` (`i` itself where there is none). */
export function digitRunEnd(text: string, i: number, end = text.length): number {
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i;
}
