/** A report's dated events (ledger form) as the dating of undated reports reads them: kind, date and clause. */
import type { DatedEvent } from '../align/date-undated.js';
import type { LedgerEvent } from '../ledger/schema.js';

export function datedEventsOf(x: { readonly events: readonly LedgerEvent[] }): DatedEvent[] {
  return x.events.flatMap((e) => {
    const { value, start, end } = e.date;
    return e.kind && start && end && !/X/.test(value) ? [{ doc: e.doc, kind: e.kind, value, start, end, clause: e.summary }] : [];
  });
}
