/**
 * Documents and their extractions → the ledger object, with what the align
 * stage finds across them (copied passages, measure groups, merged events).
 * Spans are already source spans here; this module only shapes them.
 */
import type { DateField, Doc, Field } from '../core/doc.js';
import type { Message } from '../core/message.js';
import type { Analysis } from '../pipeline/process-doc.js';
import { toAttributions, toQuotes } from './attributions.js';
import { toClaims } from './claims.js';
import { mergeEntities } from './entities.js';
import { toEvents, toTimes } from './times.js';
import { findCopies } from '../align/copies.js';
import { mergeEvents } from '../align/events.js';
import { groupClaims } from '../align/groups.js';
import { claimantFamilies } from '../align/families.js';
import type { BatchMessage, Ledger, LedgerDateField, LedgerDocument, LedgerMessage } from './schema.js';
import { GENERATOR } from './version.js';

export function buildLedger(analyses: readonly Analysis[], batchMessages: readonly BatchMessage[] = []): Ledger {
  const index = mergeEntities(analyses);
  const documents = analyses.map((a) => toLedgerDocument(a.doc));
  const sources = new Map(analyses.map((a) => [a.doc.id, a.doc.source]));
  const copies = findCopies(analyses.map((a) => ({ doc: a.doc.id, print: a.fingerprint }))).map((c) => ({
    ...c,
    passages: c.passages.map((p) => ({ ...p, text: sources.get(c.docs[0])!.slice(p.a.start, p.a.end) })),
  }));
  const { claims, groups } = groupClaims(analyses.flatMap((a) => toClaims(a, index)), documents, copies);
  return {
    version: 1,
    generator: { ...GENERATOR },
    documents,
    claims,
    attributions: analyses.flatMap((a) => toAttributions(a, index)),
    quotes: analyses.flatMap((a) => toQuotes(a, index)),
    times: analyses.flatMap((a) => toTimes(a)),
    entities: index.entities,
    events: mergeEvents(analyses.flatMap((a) => toEvents(a))),
    groups,
    families: claimantFamilies(claims),
    copies,
    messages: [...batchMessages],
  };
}

export function toLedgerDocument(doc: Doc): LedgerDocument {
  const provenance: LedgerDocument['provenance'] = {};
  for (const key of ['title', 'outlet', 'url', 'byline', 'language'] as const) {
    const f = doc.meta[key];
    if (f) provenance[key] = withSpanText(doc.source, { basis: f.basis }, f.span);
  }
  return {
    id: doc.id,
    source: doc.input,
    sha256: doc.sha256,
    status: doc.status,
    kind: doc.kind,
    encoding: doc.encoding,
    title: value(doc.meta.title),
    outlet: value(doc.meta.outlet),
    url: value(doc.meta.url),
    byline: value(doc.meta.byline),
    published: dateField(doc.source, doc.meta.published),
    updated: dateField(doc.source, doc.meta.updated),
    language: value(doc.meta.language),
    length: doc.source.length,
    provenance,
    messages: doc.messages.map((m) => ledgerMessage(doc.source, m)),
  };
}

export function ledgerMessage(source: string, m: Message): LedgerMessage {
  return withSpanText(source, { rule: m.rule, reason: m.reason, severity: m.severity }, m.span);
}

function value(f: Field | null): string | null {
  return f ? f.value : null;
}

function dateField(source: string, f: DateField | null): LedgerDateField | null {
  if (!f) return null;
  const out: LedgerDateField = withSpanText(source, { value: f.value, basis: f.basis }, f.span);
  if (f.zone !== undefined) out.zone = f.zone;
  if (f.earliest !== undefined) out.earliest = f.earliest;
  if (f.latest !== undefined) out.latest = f.latest;
  return out;
}

function withSpanText<T extends object>(source: string, base: T, span: { start: number; end: number } | undefined): T & { span?: { start: number; end: number }; text?: string } {
  return span ? { ...base, span: { start: span.start, end: span.end }, text: source.slice(span.start, span.end) } : base;
}
