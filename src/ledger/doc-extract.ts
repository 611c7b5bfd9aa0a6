/**
 * What one report gives the ledger, on its own: its document record, its
 * claims, attributions, quotes, times and events in source spans, the
 * mentions that make entities, and its fingerprint. Plain data (the
 * fingerprint in typed arrays, which cross between threads as bytes), so it
 * can be made on a worker thread or another machine and kept in a store; the
 * entities its actors refer to are named by mention key until the batch's
 * registry gives them ids (`resolveEntities`).
 */
import { OffsetMap } from '../core/offset-map.js';
import type { Analysis } from '../pipeline/process-doc.js';
import type { Fingerprint } from '../extract/fingerprint/index.js';
import { toAttributions, toQuotes } from './attributions.js';
import { toClaims } from './claims.js';
import { keptMentions, type EntityIndex, type KeptMention } from './entities.js';
import { toEvents, toTimes } from './times.js';
import { toLedgerDocument } from './document.js';
import type { Attribution, Claim, LedgerDocument, LedgerEvent, Quote, TimeExpression } from './schema.js';

export interface DocExtract {
  readonly document: LedgerDocument;
  readonly source: string;
  /** the clean article text, for search and for reports that show it */
  readonly body: string;
  /** clean text → source, as `OffsetMap.toJSON()` writes it */
  readonly map: { readonly from: readonly number[]; readonly to: readonly number[]; readonly linear: readonly boolean[] };
  readonly mentions: readonly KeptMention[];
  readonly claims: readonly Claim[];
  readonly attributions: readonly Attribution[];
  readonly quotes: readonly Quote[];
  readonly times: readonly TimeExpression[];
  readonly events: readonly LedgerEvent[];
  readonly print: Fingerprint;
}

/** An actor's entity before the registry names it: the mention key behind a mark no id has. */
export const KEY_MARK = '\u0000';

const BY_KEY: EntityIndex = { entities: [], idOf: (_doc, m) => KEY_MARK + m.key };

export function docExtract(a: Analysis): DocExtract {
  const { doc, fingerprint } = a;
  return {
    document: toLedgerDocument(doc),
    source: doc.source,
    body: doc.status === 'ok' ? doc.text : '',
    map: doc.status === 'ok' ? doc.map.toJSON() : OffsetMap.identity(0).toJSON(),
    mentions: doc.status === 'ok' ? keptMentions(a) : [],
    claims: toClaims(a, BY_KEY),
    attributions: toAttributions(a, BY_KEY),
    quotes: toQuotes(a, BY_KEY),
    times: toTimes(a),
    events: toEvents(a),
    print: fingerprint,
  };
}


type Actor = NonNullable<Claim['claimant']>;

/** The extract's claims, attributions and quotes with each actor's entity id from the registry the extract's mentions were added to. */
export function resolveEntities(
  x: Pick<DocExtract, 'document' | 'claims' | 'attributions' | 'quotes'>,
  idOfKey: (doc: string, key: string) => string | null,
): { claims: Claim[]; attributions: Attribution[]; quotes: Quote[] } {
  const doc = x.document.id;
  const actor = <T extends Actor | null>(a: T): T => (a && a.entity?.startsWith(KEY_MARK) ? { ...a, entity: idOfKey(doc, a.entity.slice(1)) } : a);
  return {
    claims: x.claims.map((c) => ({ ...c, claimant: actor(c.claimant), via: c.via.map(actor) })),
    attributions: x.attributions.map((a) => ({ ...a, source: actor(a.source) })),
    quotes: x.quotes.map((q) => ({ ...q, speaker: actor(q.speaker) })),
  };
}
