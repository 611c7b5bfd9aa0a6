/** Reports' dated events as the dating of undated reports reads them: kind, date and clause. */
import type { DatedEvent } from '../align/date-undated.js';
import type { LedgerEvent } from '../ledger/schema.js';
import type { Store } from './store.js';

/** A report's dated events (ledger form). */
export function datedEventsOf(x: { readonly events: readonly LedgerEvent[] }): DatedEvent[] {
  return x.events.flatMap((e) => {
    const { value, start, end } = e.date;
    return e.kind && start && end && !/X/.test(value) ? [{ doc: e.doc, kind: e.kind, value, start, end, clause: e.summary }] : [];
  });
}

/**
 * The dated events of a store's reports, read once and then only those of
 * reports added since: what a long ingest or a worker dates undated reports
 * by, without reading the whole store for each chunk. One list that grows
 * (never replaced), so a reader can take only what was added since it last
 * looked.
 */
export class StoreEvents {
  private readonly events: DatedEvent[] = [];
  private seq = 0;

  constructor(private readonly store: Store) {}

  async get(): Promise<DatedEvent[]> {
    const fresh = await this.store.datedEventsAfter(this.seq);
    for (const e of fresh.events) this.events.push(e);
    this.seq = fresh.seq;
    return this.events;
  }
}

/**
 * What a reader of the growing list `StoreEvents.get()` returns has not
 * taken yet: all of it when the list is another than last time (`fresh`: a
 * new store, or a new ingest), else only what was added since.
 */
export class UnseenEvents {
  private list: readonly DatedEvent[] | null = null;
  private seen = 0;

  take(list: readonly DatedEvent[]): { added: readonly DatedEvent[]; fresh: boolean } {
    const fresh = list !== this.list;
    const added = list.slice(fresh ? 0 : this.seen);
    this.list = list;
    this.seen = list.length;
    return { added, fresh };
  }
}
