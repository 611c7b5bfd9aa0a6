/**
 * Scans from the end of a string that would otherwise be written as patterns
 * anchored with `$` (`/\s+$/`, `/(\S+)\s*$/`): a regular expression searches
 * for those from every position, which takes quadratic time on long runs of
 * the repeated character; these walk back once.
 */

const SPACE = /\s/;

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

/** The character (a whole surrogate pair where there is one) that ends at `end`. */
function charBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text[end - 1]!;
}

/** The start of the run of characters that `keep` accepts ending at `end`. */
export function runStart(text: string, keep: (ch: string) => boolean, end: number): number {
  let start = end;
  while (start > 0) {
    const ch = charBefore(text, start);
    if (!keep(ch)) break;
    start -= ch.length;
  }
  return start;
}

/** The end of `text` (or of its first `end` code units) after dropping the trailing characters that `drop` accepts. */
export function endWithout(text: string, drop: (ch: string) => boolean, end = text.length): number {
  return runStart(text, drop, end);
}

/** The last word (a run of non-space characters) of `text`, ignoring trailing space: its span, or null when there is none. */
export function lastWord(text: string): { start: number; end: number } | null {
  const end = endWithout(text, isSpace);
  if (end === 0) return null;
  return { start: runStart(text, (ch) => !isSpace(ch), end), end };
}
