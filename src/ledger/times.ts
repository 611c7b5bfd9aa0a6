/** A document's time expressions → ledger records: the date lines the cleaner read, then every expression of the text. */
import { datelineTimes } from '../extract/time/datelines.js';
import type { Analysis } from '../pipeline/process-doc.js';
import { plain, sourced } from './attributions.js';
import type { LedgerEvent, TimeExpression } from './schema.js';

export function toTimes({ doc, times }: Pick<Analysis, 'doc' | 'times'>): TimeExpression[] {
  const out: Omit<TimeExpression, 'id'>[] = datelineTimes(doc).map((d) => ({
    doc: doc.id,
    span: plain(d.span),
    text: doc.source.slice(d.span.start, d.span.end),
    type: d.type,
    value: d.value,
    period: { start: d.value.slice(0, 10), end: d.value.slice(0, 10) },
    signal: null,
    rule: `dateline-${d.kind}`,
  }));
  for (const t of times) {
    out.push({
      doc: doc.id,
      ...sourced(doc, t.range),
      type: t.type,
      value: t.normalized,
      period: t.period ? { start: t.period.start, end: t.period.end } : null,
      signal: t.signal ? { relation: t.signal.relation, ...sourced(doc, t.signal.range) } : null,
      rule: t.rule,
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start).map((t, i) => ({ id: `${doc.id}:t${i + 1}`, ...t }));
}

/** A document's dated events → ledger events (merged across reports by the align stage). */
export function toEvents({ doc, events }: Pick<Analysis, 'doc' | 'events'>): LedgerEvent[] {
  return events.map((e, i) => {
    const span = plain(doc.map.spanToSource(e.range));
    return {
      id: `${doc.id}:e${i + 1}`,
      doc: doc.id,
      span,
      date: { ...sourced(doc, e.time.range), value: e.time.normalized, start: e.time.period?.start ?? null, end: e.time.period?.end ?? null },
      summary: doc.source.slice(span.start, span.end),
      kind: e.kind,
      mentions: [],
    };
  });
}
