/**
 * Runs the cleaning rules in order over a document: each rule sees the text the
 * previous one left, its edits become messages with source spans, and the
 * document's offset map is composed with the map of each step.
 */
import { applyEdits, type Edit } from '../core/edits.js';
import { TRUST, type DateField, type Doc, type Field } from '../core/doc.js';
import { message } from '../core/message.js';
import type { Span } from '../core/span.js';
import type { CleanContext, CleanEdit, CleanRule, FoundField } from './rule.js';


export function clean(doc: Doc, rules: readonly CleanRule[]): void {
  for (const rule of rules) {
    const ctx: CleanContext = {
      text: doc.text,
      doc,
      sourceSpan: (range) => doc.map.spanToSource(range),
      found: (field) => keepField(doc, field, doc.map.spanToSource(field.range)),
      note: (severity, reason, range) =>
        doc.messages.push(message(rule.id, severity, reason, range ? doc.map.spanToSource(range) : undefined)),
    };
    const { kept, merged } = resolveOverlaps(rule.apply(ctx));
    if (merged.length === 0) continue;
    for (const e of kept) {
      if (e.reason !== undefined) doc.messages.push(message(rule.id, e.severity ?? 'info', e.reason, doc.map.spanToSource(e)));
    }
    const step = applyEdits(doc.text, merged);
    doc.text = step.text;
    doc.map = doc.map.compose(step.map);
  }
}

/**
 * Two removals that overlap (two adjacent removed lines sharing a newline) are
 * applied as one; any other overlap keeps the earlier edit and drops the later.
 */
function resolveOverlaps(edits: readonly CleanEdit[]): { kept: CleanEdit[]; merged: Edit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: CleanEdit[] = [];
  const merged: Edit[] = [];
  for (const e of sorted) {
    const prev = merged[merged.length - 1];
    if (prev && e.start < prev.end) {
      if (prev.insert !== '' || e.insert !== '') continue;
      merged[merged.length - 1] = { start: prev.start, end: Math.max(prev.end, e.end), insert: '' };
    } else {
      merged.push({ start: e.start, end: e.end, insert: e.insert });
    }
    kept.push(e);
  }
  return { kept, merged };
}

function keepField(doc: Doc, field: FoundField, span: Span): void {
  if (field.key === 'published' || field.key === 'updated') doc.datelines.push({ kind: field.key, value: field.value, span });
  const current: Field | DateField | null = doc.meta[field.key];
  if (current && TRUST[current.basis] >= TRUST.text) return;
  if (field.key === 'published' || field.key === 'updated') {
    const value: DateField = field.zone === undefined ? { value: field.value, basis: 'text', span } : { value: field.value, basis: 'text', span, zone: field.zone };
    doc.meta[field.key] = value;
  } else {
    doc.meta[field.key] = { value: field.value, basis: 'text', span };
  }
}
