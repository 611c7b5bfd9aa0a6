/** A quotation in the clean text: marks included in `range`, the words inside in `inner`. */
import type { Span } from '../../core/span.js';

export interface Quotation {
  readonly range: Span;
  readonly inner: Span;
  /** the quotation runs over several paragraphs (each reopened with a mark) */
  readonly paragraphs: number;
  /** the closing mark is missing: the quotation runs to the end of its paragraph */
  readonly unclosed: boolean;
}
