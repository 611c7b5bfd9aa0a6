/** The API's filters over a ledger: pure functions from a validated query to the matching items. */
import type { Claim, Ledger, Quote } from '../ledger/schema.js';
import type { ClaimsQuery, QuotesQuery } from './queries.js';

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

export function filterClaims(ledger: Ledger, q: ClaimsQuery): Claim[] {
  const outlets = new Map(ledger.documents.map((d) => [d.id, d.outlet]));
  const status = new Map(ledger.groups.map((g) => [g.id, g.status]));
  return ledger.claims.filter((c) => {
    if (q.measure && c.measure !== q.measure) return false;
    if (q.doc && c.doc !== q.doc) return false;
    if (q.group && c.group !== q.group) return false;
    if (q.status && (!c.group || status.get(c.group) !== q.status)) return false;
    if (q.outlet && !has(outlets.get(c.doc), q.outlet)) return false;
    if (q.entity && c.claimant?.entity !== q.entity && !c.via.some((v) => v.entity === q.entity)) return false;
    if (q.claimant && !has(c.claimant?.text, q.claimant) && !has(c.claimant?.name, q.claimant) && !has(c.family, q.claimant)) return false;
    const [first, last] = saidBetween(c);
    // a claim counts as said in a range when it may have been: its window meets the range
    if (q.from && (last === null || last < q.from)) return false;
    if (q.to && (first === null || first.slice(0, q.to.length) > q.to)) return false;
    if (q.q && ![c.text, c.counted?.text, c.claimant?.text, c.claimant?.name, c.family, c.place?.text, c.measure].some((s) => has(s, q.q!))) return false;
    return true;
  });
}

export function filterQuotes(ledger: Ledger, q: QuotesQuery): Quote[] {
  return ledger.quotes.filter((x) => {
    if (q.doc && x.doc !== q.doc) return false;
    if (q.entity && x.speaker?.entity !== q.entity) return false;
    if (q.speaker && !has(x.speaker?.text, q.speaker) && !has(x.speaker?.name, q.speaker)) return false;
    if (q.q && !has(x.text, q.q)) return false;
    return true;
  });
}

export function page<T>(items: readonly T[], limit: number, offset: number): { total: number; limit: number; offset: number; items: T[] } {
  return { total: items.length, limit, offset, items: items.slice(offset, offset + limit) };
}
