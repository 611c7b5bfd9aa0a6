/** The view of a ledger held in memory (`LedgerView`): every answer filtered from its arrays (`filters.ts`). */
import { each } from '../core/collect.js';
import type { ShownLedger } from '../ledger/schema.js';
import { rowContext } from '../report/export/csv.js';
import { documentMatches, entityMatches, eventMatches, filterClaims, filterQuotes, groupMatches, page } from './filters.js';
import type { LedgerView } from './ledger-view.js';
import { shownEntity } from './shown-entity.js';

export function memoryView(ledger: ShownLedger): LedgerView {
  const byId = <T extends { id: string }>(list: readonly T[], id: string) => list.find((x) => x.id === id);
  return {
    summary: async () => ({
      documents: ledger.documents.length,
      claims: ledger.claims.length,
      measures: [...new Set(ledger.claims.map((c) => c.measure))].sort(),
      outlets: [...new Set(ledger.documents.map((d) => d.outlet).filter((o): o is string => !!o))].sort(),
    }),
    documents: async (q) => page(ledger.documents.filter((d) => documentMatches(d, q)), q.limit, q.offset),
    document: async (id) => byId(ledger.documents, id),
    claims: async (q, { limit, offset }) => page(filterClaims(ledger, q), limit, offset),
    claimExport: async (q) => ({ items: each(filterClaims(ledger, q)), context: rowContext(ledger) }),
    claim: async (id) => byId(ledger.claims, id),
    quotes: async (q, { limit, offset }) => page(filterQuotes(ledger, q), limit, offset),
    quoteExport: async (q) => ({ items: each(filterQuotes(ledger, q)), context: rowContext({ documents: ledger.documents, groups: [] }) }),
    groups: async (q) => page(ledger.groups.filter((g) => groupMatches(g, q)), q.limit, q.offset),
    group: async (id) => byId(ledger.groups, id),
    async entities(q) {
      const found = page(ledger.entities.filter((e) => entityMatches(e, q)), q.limit, q.offset);
      return { ...found, items: found.items.map((e) => shownEntity(e, q.mentions)) };
    },
    async entity(id, mentions) {
      const e = byId(ledger.entities, id);
      return e && shownEntity(e, mentions);
    },
    async mentions(id, { limit, offset }) {
      const e = byId(ledger.entities, id);
      return e && page(e.mentions, limit, offset);
    },
    events: async (q) => page(ledger.events.filter((e) => eventMatches(e, q)), q.limit, q.offset),
    // paged like the rest: a wire story's copies run to tens of thousands
    copies: async (q) => page(ledger.copies.filter((x) => !q.doc || x.docs.includes(q.doc)), q.limit, q.offset),
  };
}
