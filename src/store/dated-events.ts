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

/** What dating an undated report takes from a store: the events its index keeps, and its counts of words (`dating-index.ts`). */
export interface DatingBase {
  /** grows as reports come in (never replaced), so a reader can take only what was added since it last looked (`UnseenEvents`) */
  readonly events: readonly DatedEvent[];
  readonly stems: readonly (readonly [string, number])[];
  readonly clauses: number;
  readonly latest: string;
}

/**
 * A store's dating index, read once and then only the events of reports
 * added since: what a long ingest or a worker dates undated reports by.
 */
export class StoreEvents {
  private readonly events: DatedEvent[] = [];
  private seq = 0;

  constructor(private readonly store: Store) {}

  async get(): Promise<DatingBase> {
    const fresh = await this.store.dating(this.seq);
    for (const e of fresh.events) this.events.push(e);
    this.seq = fresh.seq;
    return { events: this.events, stems: fresh.stems, clauses: fresh.clauses, latest: fresh.latest };
  }
}

/**
 * What a reader of the growing list of events `StoreEvents.get()` returns has not
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
