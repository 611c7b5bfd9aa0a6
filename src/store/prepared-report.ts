/**
 * A report's extract in the form a store writes it: each claim, attribution,
 * quote and time already its JSON record, each claim with the columns the
 * regroup reads (bucket, cell, voice), the fingerprint's sample taken, the
 * mentions packed (`packMentions`). It is
 * made where the report is analysed (an extraction thread), so the thread
 * that writes is left only what needs the whole batch: the entity ids the
 * actors refer to, which the batch's registry gives (`withEntityIds`).
 *
 * Why strings: a record crosses between threads as one string, copied as
 * bytes, where a claim as objects is dozens of them, each rebuilt by the
 * receiving thread. That rebuilding, on the one thread that writes, was what
 * kept two extraction threads from doubling the speed of one.
 */
import { bucketOf } from '../align/groups.js';
import { winnow } from '../align/winnow.js';
import { KEY_MARK, docExtract, type DocExtract } from '../ledger/doc-extract.js';
import type { Claim } from '../ledger/schema.js';
import type { Analysis } from '../pipeline/process-doc.js';
import { claimColumns, type ClaimColumns } from './claim-cells.js';
import { packMentions, type PackedMentions } from './packed-mentions.js';

export interface PreparedClaim extends ClaimColumns {
  readonly id: string;
  readonly measure: string;
  readonly partOf: string | null;
  readonly bucket: string;
  /** the claim as JSON, its actors' entities still mention keys (`withEntityIds`) */
  readonly record: string;
}

export interface PreparedQuote {
  readonly id: string;
  readonly text: string;
  readonly record: string;
}

/** A report's extract as the store writes it: the document, its texts, events and fingerprint as they were, the rest prepared. */
export interface PreparedReport extends Pick<DocExtract, 'document' | 'source' | 'body' | 'events' | 'print'> {
  /** clean text → source, as JSON */
  readonly map: string;
  readonly mentions: PackedMentions;
  readonly claims: readonly PreparedClaim[];
  readonly attributions: readonly string[];
  readonly quotes: readonly PreparedQuote[];
  readonly times: readonly string[];
  /** the shingle hashes that stand for the report when looking for copies */
  readonly sample: readonly number[];
}

export function prepareReport(x: DocExtract): PreparedReport {
  const byId = new Map<string, Claim>(x.claims.map((c) => [c.id, c]));
  return {
    document: x.document,
    source: x.source,
    body: x.body,
    map: JSON.stringify(x.map),
    mentions: packMentions(x.mentions),
    claims: x.claims.map((claim) => ({
      id: claim.id,
      measure: claim.measure,
      partOf: claim.partOf,
      bucket: bucketOf(claim, byId),
      ...claimColumns(claim),
      record: JSON.stringify(claim),
    })),
    attributions: x.attributions.map((a) => JSON.stringify(a)),
    quotes: x.quotes.map((q) => ({ id: q.id, text: q.text, record: JSON.stringify(q) })),
    times: x.times.map((t) => JSON.stringify(t)),
    events: x.events,
    print: x.print,
    sample: winnow(x.print.hashes),
  };
}

/** An analysis as the store writes it. */
export function preparedOf(analysis: Analysis): PreparedReport {
  return prepareReport(docExtract(analysis));
}

/**
 * An actor's entity field in a prepared record, before the registry names
 * it: the mark `docExtract` puts before a mention key, as JSON writes it.
 * Only an actor's `entity` field holds one (a `"` within any text is
 * escaped, so no text can pass for the field).
 */
const MARKED_FIELD = `"entity":"${JSON.stringify(KEY_MARK).slice(1, -1)}`;
// the field, then the key as JSON escapes it, up to its closing quote
const KEYED_ENTITY = new RegExp(MARKED_FIELD.replace(/\\/g, '\\\\') + String.raw`((?:[^"\\]|\\.)*)"`, 'g');

/** A prepared record with each actor's entity id from the registry its report's mentions were added to (null where it has none), as `resolveEntities` gives it. */
export function withEntityIds(record: string, doc: string, idOfKey: (doc: string, key: string) => string | null): string {
  if (!record.includes(MARKED_FIELD)) return record;
  return record.replace(KEYED_ENTITY, (_, key: string) => `"entity":${JSON.stringify(idOfKey(doc, JSON.parse(`"${key}"`) as string))}`);
}
