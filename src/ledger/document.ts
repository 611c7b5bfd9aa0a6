/** A loaded document → its ledger record: metadata with where each field came from, and its messages with their source text. */
import type { DateField, Doc, Field } from '../core/doc.js';
import type { Message } from '../core/message.js';
import type { LedgerDateField, LedgerDocument, LedgerMessage } from './schema.js';

export function toLedgerDocument(doc: Doc): LedgerDocument {
  const provenance: LedgerDocument['provenance'] = {};
  for (const key of ['title', 'outlet', 'url', 'byline', 'language'] as const) {
    const f = doc.meta[key];
    if (f) provenance[key] = withSpanText(doc.source, { basis: f.basis }, f.span);
  }
  return {
    id: doc.id,
    source: doc.input,
    sha256: doc.sha256,
    status: doc.status,
    kind: doc.kind,
    encoding: doc.encoding,
    title: value(doc.meta.title),
    outlet: value(doc.meta.outlet),
    url: value(doc.meta.url),
    byline: value(doc.meta.byline),
    published: dateField(doc.source, doc.meta.published),
    updated: dateField(doc.source, doc.meta.updated),
    language: value(doc.meta.language),
    length: doc.source.length,
    provenance,
    messages: doc.messages.map((m) => ledgerMessage(doc.source, m)),
  };
}

export function ledgerMessage(source: string, m: Message): LedgerMessage {
  return withSpanText(source, { rule: m.rule, reason: m.reason, severity: m.severity }, m.span);
}

function value(f: Field | null): string | null {
  return f ? f.value : null;
}

function dateField(source: string, f: DateField | null): LedgerDateField | null {
  if (!f) return null;
  const out: LedgerDateField = withSpanText(source, { value: f.value, basis: f.basis }, f.span);
  if (f.zone !== undefined) out.zone = f.zone;
  if (f.earliest !== undefined) out.earliest = f.earliest;
  if (f.latest !== undefined) out.latest = f.latest;
  return out;
}

function withSpanText<T extends object>(source: string, base: T, span: { start: number; end: number } | undefined): T & { span?: { start: number; end: number }; text?: string } {
  return span ? { ...base, span: { start: span.start, end: span.end }, text: source.slice(span.start, span.end) } : base;
}
