/** Line helpers shared by the line-based cleaning rules. */
import type { CleanEdit } from './rule.js';

export interface Line {
  readonly index: number;
  /** offset of the first character */
  readonly start: number;
  /** offset just past the last character, before the newline */
  readonly end: number;
  readonly text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

/** Removes lines `first..last` (inclusive) together with one adjoining newline. */
export function removeLines(text: string, first: Line, last: Line, reason: string): CleanEdit {
  if (last.end < text.length) return { start: first.start, end: last.end + 1, insert: '', reason };
  return { start: Math.max(0, first.start - 1), end: last.end, insert: '', reason };
}

/** The removed text quoted for a message, shortened when long. */
export function quote(text: string, max = 80): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** The line ends a sentence: its last non-space character is . ! ? … (possibly inside closing quotes or brackets). */
export function endsSentence(s: string): boolean {
  let i = s.trimEnd().length - 1;
  while (i >= 0 && CLOSERS.has(s[i]!)) i--;
  return i >= 0 && '.!?…'.includes(s[i]!);
}

/** The line ends with punctuation that continues or closes something (. , ; : ! ? …), inside closers or not. */
export function endsWithPunctuation(s: string): boolean {
  let i = s.trimEnd().length - 1;
  while (i >= 0 && CLOSERS.has(s[i]!)) i--;
  return i >= 0 && '.!?…,;:'.includes(s[i]!);
}

export function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Indices of the non-blank lines, in order. */
export function contentLines(lines: readonly Line[]): Line[] {
  return lines.filter((l) => !isBlank(l));
}
