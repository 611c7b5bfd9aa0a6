/** Positioned messages: problems and notes about a document, never exceptions. */
import type { Span } from './span.js';

export type Severity = 'info' | 'warning' | 'error';

export interface Message {
  /** stage/rule id, e.g. `clean/access-notice`, `ingest/binary` */
  readonly rule: string;
  readonly reason: string;
  readonly severity: Severity;
  /** where in the source it applies, if anywhere */
  readonly span?: Span;
}

export function message(rule: string, severity: Severity, reason: string, at?: Span): Message {
  return at === undefined ? { rule, severity, reason } : { rule, severity, reason, span: at };
}
