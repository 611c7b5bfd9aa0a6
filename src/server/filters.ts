/** The API's filters over a ledger: pure functions from a validated query to the matching items. */
import type { Claim, Entity, Group, LedgerDocument, LedgerEvent, Quote, ShownLedger } from '../ledger/schema.js';
import type { Page } from './ledger-view.js';
import type { ClaimsQuery, DocumentsQuery, EntitiesQuery, EventsQuery, GroupsQuery, QuotesQuery } from './queries.js';

/** A query without its paging and export format. */
export type Unpaged<Q> = Omit<Q, 'limit' | 'offset' | 'format'>;

export type QuoteFilter = Unpaged<QuotesQuery>;

/** Whether the text holds the words, whatever their case. */
export function has(haystack: string | null | undefined, needle: string): boolean {
  return !!haystack && haystack.toLowerCase().includes(needle.toLowerCase());
}

/** The first and last day a claim may have been said. */
function saidBetween(c: Claim): [string | null, string | null] {
  if (c.asserted.basis === 'inferred') return [c.asserted.earliest ?? null, c.asserted.latest ?? null];
  const d = c.asserted.value?.slice(0, 10) ?? null;
  return [d, d];
}

/**
 * What filtering needs of a ledger, computed once per ledger (a server answers
 * many queries over the same one): documents' outlets, groups' statuses,
 * claims by measure, and each claim's searchable text in lower case.
 */
interface ClaimIndex {
  readonly outlets: ReadonlyMap<string, string | null>;
  readonly status: ReadonlyMap<string, string>;
  readonly byMeasure: ReadonlyMap<string, readonly Claim[]>;
  readonly words: ReadonlyMap<Claim, string>;
}

const indexes = new WeakMap<ShownLedger, ClaimIndex>();

function indexOf(ledger: ShownLedger): ClaimIndex {
  let index = indexes.get(ledger);
  if (!index) {
    const byMeasure = new Map<string, Claim[]>();
    const words = new Map<Claim, string>();
    for (const c of ledger.claims) {
      const list = byMeasure.get(c.measure) ?? [];
      list.push(c);
      byMeasure.set(c.measure, list);
      words.set(c, claimWords(c));
    }
    index = { outlets: new Map(ledger.documents.map((d) => [d.id, d.outlet])), status: new Map(ledger.groups.map((g) => [g.id, g.status])), byMeasure, words };
    indexes.set(ledger, index);
  }
  return index;
}

export function filterClaims(ledger: ShownLedger, q: ClaimFilter): Claim[] {
  const { outlets, status, byMeasure, words } = indexOf(ledger);
  const candidates = q.measure ? (byMeasure.get(q.measure) ?? []) : ledger.claims;
  return candidates.filter(claimMatcher(q, { outletOf: (doc) => outlets.get(doc), statusOf: (group) => status.get(group), wordsOf: (c) => words.get(c)! }));
}

/** What a claims query asks, without the API's paging and format. */
export type ClaimFilter = Unpaged<ClaimsQuery>;

/** What a claim's match needs besides the claim: its report's outlet and its group's status, and, where kept, its searchable text. */
export interface ClaimContext {
  outletOf(doc: string): string | null | undefined;
  statusOf(group: string): string | undefined;
  wordsOf?(claim: Claim): string;
}

/** Whether a claim matches a query, one claim at a time (a store streams its claims through this). */
export function claimMatcher(q: ClaimFilter, context: ClaimContext): (c: Claim) => boolean {
  const needle = q.q?.toLowerCase();
  const wordsOf = context.wordsOf ?? claimWords;
  return (c) => {
    if (q.measure && c.measure !== q.measure) return false;
    if (needle && !wordsOf(c).includes(needle)) return false;
    if (q.doc && c.doc !== q.doc) return false;
    if (q.group && c.group !== q.group) return false;
    if (q.status && (!c.group || context.statusOf(c.group) !== q.status)) return false;
    if (q.outlet && !has(context.outletOf(c.doc), q.outlet)) return false;
    if (q.entity && c.claimant?.entity !== q.entity && !c.via.some((v) => v.entity === q.entity)) return false;
    if (q.claimant && !has(c.claimant?.text, q.claimant) && !has(c.claimant?.name, q.claimant) && !has(c.family, q.claimant)) return false;
    if (q.from || q.to) {
      const [first, last] = saidBetween(c);
      // a claim counts as said in a range when it may have been: its window meets the range
      if (q.from && (last === null || last < q.from)) return false;
      if (q.to && (first === null || first.slice(0, q.to.length) > q.to)) return false;
    }
    return true;
  };
}

/** A claim's searchable text in lower case: fields joined by a character no query holds, so that a match never spans two of them. */
function claimWords(c: Claim): string {
  return [c.text, c.counted?.text, c.claimant?.text, c.claimant?.name, c.family, c.place?.text, c.measure].filter(Boolean).join('\u0000').toLowerCase();
}

/** Whether a quote matches a quotes query. */
export function quoteMatches(x: Quote, q: QuoteFilter): boolean {
  if (q.doc && x.doc !== q.doc) return false;
  if (q.entity && x.speaker?.entity !== q.entity) return false;
  if (q.speaker && !has(x.speaker?.text, q.speaker) && !has(x.speaker?.name, q.speaker)) return false;
  if (q.q && !has(x.text, q.q)) return false;
  return true;
}

export function filterQuotes(ledger: Pick<ShownLedger, 'quotes'>, q: QuoteFilter): Quote[] {
  return ledger.quotes.filter((x) => quoteMatches(x, q));
}

/** Whether a report matches a documents query (words of its outlet; words of its id or title). */
export function documentMatches(d: LedgerDocument, q: Unpaged<DocumentsQuery>): boolean {
  return (!q.outlet || has(d.outlet, q.outlet)) && (!q.q || has(`${d.id} ${d.title ?? ''}`, q.q));
}

/** Whether a group matches a groups query. */
export function groupMatches(g: Pick<Group, 'measure' | 'status'>, q: Unpaged<GroupsQuery>): boolean {
  return (!q.measure || g.measure === q.measure) && (!q.status || g.status === q.status);
}

/** Whether an entity matches an entities query (its type; words of its name or of an alias). */
export function entityMatches(e: Pick<Entity, 'type' | 'name' | 'aliases'>, q: Pick<EntitiesQuery, 'type' | 'q'>): boolean {
  return (!q.type || e.type === q.type) && (!q.q || [e.name, ...e.aliases].some((a) => has(a, q.q!)));
}

/** Whether an event of the timeline matches an events query (its kind; dates that meet the window). */
export function eventMatches(e: LedgerEvent, q: Unpaged<EventsQuery>): boolean {
  return (!q.kind || e.kind === q.kind) && (!q.from || (e.date.end !== null && e.date.end >= q.from)) && (!q.to || (e.date.start !== null && e.date.start.slice(0, q.to.length) <= q.to));
}

export function page<T>(items: readonly T[], limit: number, offset: number): Page<T> {
  return { total: items.length, limit, offset, items: items.slice(offset, offset + limit) };
}
