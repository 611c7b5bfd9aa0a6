/**
 * Every match of a global pattern in a text, as `String.prototype.matchAll`
 * gives them, but without the copy of the pattern `matchAll` makes on each
 * call: the time extractors search each sentence with each of their
 * patterns, and those copies were a measurable share of that. The pattern's
 * `lastIndex` is its own while the matches are read, and 0 after; read them
 * to the end before the same pattern is used again.
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern, not ${pattern}`);
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      // an empty match moves on by one character (a whole code point for a unicode pattern), as matchAll does
      if (m[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
      yield m;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}
