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

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
