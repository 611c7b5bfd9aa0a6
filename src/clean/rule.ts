/**
 * A cleaning rule looks at the current clean text and proposes edits; it never
 * edits the text itself. The runner (clean.ts) applies the edits, records them
 * as messages with source spans, and composes the offset map.
 */
import type { Edit } from '../core/edits.js';
import type { DateField, Doc, Field } from '../core/doc.js';
import type { Severity } from '../core/message.js';
import type { Span } from '../core/span.js';

export interface CleanEdit extends Edit {
  /** why: recorded as a message with the source span of `[start, end)`; omit for silent normalisation */
  readonly reason?: string;
  readonly severity?: Severity;
}

/** Metadata a rule read from the text, with its range in the current text. */
export type FoundField =
  | { key: 'title' | 'byline'; value: string; range: Span }
  | { key: 'published' | 'updated'; value: string; range: Span; zone?: string };

export interface CleanContext {
  readonly text: string;
  readonly doc: Readonly<Doc>;
  /** the source span of a range of the current text */
  sourceSpan(range: Span): Span;
  /** records metadata found in the text; kept only where nothing more trusted is known */
  found(field: FoundField): void;
  /** a message that is not tied to one edit (e.g. a summary) */
  note(severity: Severity, reason: string, range?: Span): void;
}

export interface CleanRule {
  /** `clean/<name>`, used as the rule id of its messages */
  readonly id: string;
  readonly description: string;
  apply(ctx: CleanContext): CleanEdit[];
}

export type { DateField, Field };
