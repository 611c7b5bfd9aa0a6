/**
 * The dates of date lines ("Published April 27, 2025 Updated …"), which the
 * cleaner removes from the text but which are time expressions of the source
 * all the same: as TimeML values with their source spans.
 */
import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';

export interface DatelineTime {
  readonly kind: 'published' | 'updated';
  readonly span: Span;
  readonly type: 'date' | 'time';
  /** `2025-04-28` or `2025-04-28T05:55-04:00` */
  readonly value: string;
}

export function datelineTimes(doc: Doc): DatelineTime[] {
  return doc.datelines.map((d) => {
    const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/.exec(d.value);
    const value = m?.[2] ? `${m[1]}T${m[2]}${m[3] ?? ''}` : (m?.[1] ?? d.value);
    return { kind: d.kind, span: d.span, type: m?.[2] ? 'time' : 'date', value };
  });
}
