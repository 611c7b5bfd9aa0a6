/**
 * Events across the reports: two events are one happening when they are of
 * the same kind and their dates agree (equal, or one inside the other: "June
 * 2024" and "June 19, 2024"). Unresolved dates ("XXXX-06") never match. The
 * first report's wording is kept; the others become its mentions.
 */
import type { LedgerEvent } from '../ledger/schema.js';
import { pushTo } from '../core/multimap.js';

function isDated(d: LedgerEvent['date']): boolean {
  return !/X/.test(d.value) && !!d.start && !!d.end;
}

function compatible(a: LedgerEvent['date'], b: LedgerEvent['date']): boolean {
  if (!isDated(a) || !isDated(b)) return false;
  return (a.start! <= b.start! && b.end! <= a.end!) || (b.start! <= a.start! && a.end! <= b.end!);
}

export function mergeEvents(events: readonly LedgerEvent[]): LedgerEvent[] {
  const merged: LedgerEvent[] = [];
  // the merged events an event of each kind may join (those with a full date), in the order they were made:
  // an event is never compared with the thousands of a large store that can join nothing
  const joinable = new Map<string, LedgerEvent[]>();
  for (const e of events) {
    const same = e.kind && isDated(e.date) ? joinable.get(e.kind)?.find((m) => compatible(m.date, e.date)) : undefined;
    if (!same) {
      const made = { ...e, mentions: [...e.mentions] };
      merged.push(made);
      if (made.kind && isDated(made.date)) pushTo(joinable, made.kind, made);
      continue;
    }
    // the report with the more precise date leads ("June 19, 2024" over "June 2024"); the other becomes its mention
    if (e.date.value.length > same.date.value.length) {
      const mentions = [{ doc: same.doc, span: same.span, text: same.summary }, ...same.mentions];
      Object.assign(same, { ...e, mentions });
    } else {
      same.mentions.push({ doc: e.doc, span: e.span, text: e.summary });
    }
  }
  return merged.sort((a, b) => (a.date.start ?? '9999').localeCompare(b.date.start ?? '9999'));
}
