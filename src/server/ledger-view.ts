/**
 * What the server reads of the ledger it serves, one call per thing the API
 * and the page show: a page of a collection's matches with their total, one
 * item by id, every match of an export. A ledger held in memory answers it
 * from arrays (`memory-view.ts`); a store answers it from the database
 * (`store/store-view.ts`), so a server over a store of any size holds no
 * ledger and starts at once.
 */
import type { Claim, Copy, Group, LedgerDocument, LedgerEvent, Quote } from '../ledger/schema.js';
import type { RowContext } from '../report/export/csv.js';
import type { ClaimFilter, QuoteFilter } from './filters.js';
import type { Mention, ShownEntity } from './shown-entity.js';
import type { CopiesQuery, DocumentsQuery, EntitiesQuery, EventsQuery, GroupsQuery } from './queries.js';

export interface Page<T> {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly items: T[];
}

export interface Paging {
  readonly limit: number;
  readonly offset: number;
}

/** What the search page shows before any search: counts, and the measures and outlets to choose from. */
export interface LedgerSummary {
  readonly documents: number;
  readonly claims: number;
  readonly measures: string[];
  readonly outlets: string[];
}

/** Every match of an export, in the ledger's order, with what its rows show of reports and groups. */
export interface Export<T> {
  readonly items: AsyncIterable<T>;
  readonly context: RowContext;
}

export interface LedgerView {
  /** works out ahead what the first answers would otherwise wait for (a store's view of what spans it all) */
  prepare?(): Promise<void>;
  summary(): Promise<LedgerSummary>;
  documents(q: DocumentsQuery): Promise<Page<LedgerDocument>>;
  document(id: string): Promise<LedgerDocument | undefined>;
  claims(q: ClaimFilter, paging: Paging): Promise<Page<Claim>>;
  claimExport(q: ClaimFilter): Promise<Export<Claim>>;
  claim(id: string): Promise<Claim | undefined>;
  quotes(q: QuoteFilter, paging: Paging): Promise<Page<Quote>>;
  quoteExport(q: QuoteFilter): Promise<Export<Quote>>;
  groups(q: GroupsQuery): Promise<Page<Group>>;
  group(id: string): Promise<Group | undefined>;
  /** each entity with its first `q.mentions` mentions */
  entities(q: EntitiesQuery): Promise<Page<ShownEntity>>;
  entity(id: string, mentions: number): Promise<ShownEntity | undefined>;
  /** an entity's mentions in the ledger's order, a page at a time; undefined where the ledger has no such entity */
  mentions(id: string, paging: Paging): Promise<Page<Mention> | undefined>;
  /** the ledger's timeline: each report's events merged */
  events(q: EventsQuery): Promise<Page<LedgerEvent>>;
  copies(q: CopiesQuery): Promise<Page<Copy>>;
}
