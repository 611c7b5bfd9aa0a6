/**
 * A span is a half-open range `[start, end)` of UTF-16 code units. In the ledger
 * a span always points into a document's `source` (the decoded raw file); inside
 * the pipeline, ranges over the clean text use the same shape and are mapped back
 * through the document's offset map before they leave it.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`invalid span [${start}, ${end})`);
  }
  return { start, end };
}

export function spanLength(s: Span): number {
  return s.end - s.start;
}

export function sliceSpan(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

export function containsSpan(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** The text of `s` with the whitespace at both ends left out, as a narrower span. */
export function trimSpan(text: string, s: Span): Span {
  let start = s.start;
  let end = s.end;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f || code === 0x2009;
}
