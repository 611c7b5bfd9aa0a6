/**
 * ledger.json written as its collections are read, a record at a time, with
 * the bytes `JSON.stringify(ledger, null, 2)` gives: what `tally export` of a
 * store writes, holding a record and what spans the ledger (the merged
 * timeline, the claimant families) rather than the ledger. A ledger held in
 * memory is written a record at a time too: as one string, the ledger of
 * about 15,000 reports is longer than the longest string V8 makes (2^29 − 24
 * characters), and writing it would fail after the whole analysis.
 */
import { collect, each } from '../../core/collect.js';
import { mergeEvents } from '../../align/events.js';
import { FamilyTally } from '../../align/families.js';
import { LedgerSchema, type Attribution, type BatchMessage, type Claim, type Copy, type Entity, type Group, type Ledger, type LedgerDocument, type LedgerEvent, type Quote, type TimeExpression } from '../../ledger/schema.js';
import { GENERATOR } from '../../ledger/version.js';
import { jsonObjectText, type JsonField } from './json-text.js';

/** A ledger's collections, each read in the ledger's order (a store's `LedgerReader`). */
export interface LedgerCollections {
  documents(): AsyncIterable<LedgerDocument>;
  claims(): AsyncIterable<Claim>;
  attributions(): AsyncIterable<Attribution>;
  quotes(): AsyncIterable<Quote>;
  times(): AsyncIterable<TimeExpression>;
  entities(): AsyncIterable<Entity>;
  /** each report's events as it gave them: the ledger's timeline merges them */
  events(): AsyncIterable<LedgerEvent>;
  groups(): AsyncIterable<Group>;
  copies(): AsyncIterable<Copy>;
}

/** The text of ledger.json, a piece at a time. */
export function ledgerJsonText(read: LedgerCollections, messages: readonly BatchMessage[] = []): AsyncGenerator<string> {
  const families = new FamilyTally();
  const fields: { [K in keyof Ledger]: JsonField } = {
    version: 1,
    generator: { ...GENERATOR },
    documents: read.documents(),
    claims: counted(read.claims(), (c) => families.add(c)),
    attributions: read.attributions(),
    quotes: read.quotes(),
    times: read.times(),
    entities: read.entities(),
    events: async () => mergeEvents(await collect(read.events())),
    // asked for after the claims were written, each counted as it went
    families: () => families.families(),
    groups: read.groups(),
    copies: read.copies(),
    messages: [...messages],
  };
  // in the format's order
  return jsonObjectText(Object.keys(LedgerSchema.shape).map((k) => [k, fields[k as keyof Ledger]] as const));
}

async function* counted<T>(items: AsyncIterable<T>, see: (item: T) => void): AsyncGenerator<T> {
  for await (const item of items) {
    see(item);
    yield item;
  }
}

/** The text of ledger.json for a ledger held in memory, a piece at a time: its fields in its own order, each collection a record at a time. */
export function heldLedgerJsonText(ledger: Ledger): AsyncGenerator<string> {
  return jsonObjectText(Object.entries(ledger).map(([name, value]: [string, unknown]) => [name, Array.isArray(value) ? each(value) : value] as const));
}
