/**
 * A publication date for a document that carries none (no manifest entry, no
 * page metadata, no date line), inferred from what it says: it was written
 * after the latest absolute date it mentions in the past or present tense.
 * The result is a lower bound, marked `inferred`, never a silent guess; the
 * upper bound stays open unless the text gives one.
 */
import { addMessage, type DateField, type Doc } from '../../core/doc.js';
import type { Timex } from './index.js';

export function inferPublication(doc: Doc, times: readonly Timex[]): DateField | null {
  let latest: Timex | undefined;
  for (const t of times) {
    if (!t.period || t.future || t.value.kind !== 'point' || t.value.relative || t.value.direction) continue;
    // "by 2030", "until 2026": deadlines say nothing about when the text was written
    if (t.signal && (t.signal.relation === 'by' || t.signal.relation === 'until' || t.signal.relation === 'before')) continue;
    if (!latest || t.period.start > latest.period!.start) latest = t;
  }
  if (!latest) {
    addMessage(doc, 'time/no-publication-date', 'info', 'no publication date and no absolute date in the text: relative dates ("on Monday", "last year") are left unresolved');
    return null;
  }
  const earliest = latest.period!.start;
  const span = doc.map.spanToSource(latest.range);
  addMessage(doc, 'time/inferred-publication', 'info', `no publication date: written on or after ${earliest}, the start of the latest date the text mentions`, span);
  return { value: earliest, basis: 'inferred', earliest, span };
}
