/**
 * Documents and their extractions → the ledger object, with what the align
 * stage finds across them (copied passages, measure groups, merged events).
 * Spans are already source spans here; this module only shapes them.
 */
import type { Analysis } from '../pipeline/process-doc.js';
import { EntityRegistry } from './entities.js';
import { docExtract, resolveEntities, type DocExtract } from './doc-extract.js';
import { findCopies, type FoundCopy } from '../align/copies.js';
import { mergeEvents } from '../align/events.js';
import { groupClaims } from '../align/groups.js';
import { claimantFamilies } from '../align/families.js';
import type { BatchMessage, Copy, Ledger } from './schema.js';
import { GENERATOR } from './version.js';

export function buildLedger(analyses: readonly Analysis[], batchMessages: readonly BatchMessage[] = []): Ledger {
  return assembleLedger(analyses.map(docExtract), batchMessages);
}

/** The ledger of a batch from what each of its reports gives on its own: entities merged, then what the align stage finds across the reports. */
export function assembleLedger(extracts: readonly DocExtract[], batchMessages: readonly BatchMessage[] = []): Ledger {
  const registry = new EntityRegistry();
  for (const x of extracts) registry.addMentions(x.document.id, x.mentions);
  const resolved = extracts.map((x) => resolveEntities(x, (doc, key) => registry.idOfKey(doc, key)));
  const documents = extracts.map((x) => x.document);
  const sources = new Map(extracts.map((x) => [x.document.id, x.source]));
  const copies = withPassageText(findCopies(extracts.map((x) => ({ doc: x.document.id, print: x.print }))), (doc) => sources.get(doc)!);
  const { claims, groups } = groupClaims(resolved.flatMap((r) => r.claims), documents, copies);
  return ledgerOf({
    documents,
    claims,
    attributions: resolved.flatMap((r) => r.attributions),
    quotes: resolved.flatMap((r) => r.quotes),
    times: extracts.flatMap((x) => x.times),
    entities: registry.entities,
    events: extracts.flatMap((x) => x.events),
    groups,
    copies,
    messages: [...batchMessages],
  });
}

/**
 * The ledger object from its collections, however they were made (a batch
 * at once, or read from a store): each report's events merged into one
 * timeline, and the claimant families read off the claims.
 */
export function ledgerOf(parts: Omit<Ledger, 'version' | 'generator' | 'families'>): Ledger {
  // the fields in the order of the format
  return {
    version: 1,
    generator: { ...GENERATOR },
    documents: parts.documents,
    claims: parts.claims,
    attributions: parts.attributions,
    quotes: parts.quotes,
    times: parts.times,
    entities: parts.entities,
    events: mergeEvents(parts.events),
    groups: parts.groups,
    families: claimantFamilies(parts.claims),
    copies: parts.copies,
    messages: parts.messages,
  };
}

/** Copies with each passage's text as the first document writes it. */
export function withPassageText(copies: readonly FoundCopy[], sourceOf: (doc: string) => string): Copy[] {
  return copies.map((c) => ({ ...c, passages: c.passages.map((p) => ({ ...p, text: sourceOf(c.docs[0]).slice(p.a.start, p.a.end) })) }));
}
