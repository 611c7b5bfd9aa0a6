/**
 * Ledger format v1: the contract other tools read. The zod schemas here are the
 * single source of the TypeScript types and of docs/ledger.schema.json. Field
 * names are part of the contract; fields may be added, never renamed.
 *
 * Every span is `[start, end)` in UTF-16 code units of the document's source
 * (the decoded raw file), and wherever a span sits beside a `text`,
 * `source.slice(start, end) === text`.
 */
import { z } from 'zod';

export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).describe('[start, end) in UTF-16 code units of the document source');

const Id = z.string().min(1);
const Basis = z.enum(['manifest', 'html-meta', 'feed', 'archive', 'url', 'text', 'inferred']);

export const MessageSchema = z.object({
  rule: z.string().describe('stage/rule id, e.g. clean/access-notice'),
  reason: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  span: SpanSchema.optional(),
  text: z.string().optional().describe('the source text of span'),
});

export const DateFieldSchema = z.object({
  value: z.string().describe('ISO 8601 date or date-time with offset'),
  basis: Basis,
  span: SpanSchema.optional(),
  text: z.string().optional(),
  zone: z.string().optional().describe('IANA zone or fixed offset the time was given in'),
  earliest: z.string().optional().describe('for inferred dates: earliest date the evidence allows'),
  latest: z.string().optional().describe('for inferred dates: latest date the evidence allows'),
});

export const ProvenanceSchema = z.object({ basis: Basis, span: SpanSchema.optional(), text: z.string().optional() });

export const DocumentSchema = z.object({
  id: Id,
  source: z.string().describe('path or URL as given, - for standard input'),
  sha256: z.string().describe('of the raw bytes; empty when the file could not be read'),
  status: z.enum(['ok', 'failed']),
  kind: z.enum(['text', 'markdown', 'html']),
  encoding: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  byline: z.string().nullable(),
  published: DateFieldSchema.nullable(),
  updated: DateFieldSchema.nullable(),
  language: z.string().nullable().describe('ISO 639-1 (or 639-3) code, und when unknown'),
  length: z.number().int().nonnegative().describe('source length in UTF-16 code units'),
  provenance: z.partialRecord(z.enum(['title', 'outlet', 'url', 'byline', 'language']), ProvenanceSchema).describe('where each metadata field came from'),
  messages: z.array(MessageSchema),
});

const Sourced = z.object({ text: z.string(), span: SpanSchema });
const Actor = z.object({
  text: z.string().describe('the source phrase as written: "he", "Officials from South Korea, Ukraine and the United States"'),
  span: SpanSchema,
  entity: Id.nullable().describe('the entity it refers to (pronouns and short names resolved)'),
  name: z.string().nullable().describe("the entity's name as this document writes it"),
});

export const ClaimSchema = z.object({
  id: Id,
  doc: Id,
  span: SpanSchema,
  text: z.string(),
  sentence: SpanSchema,
  value: z.object({ low: z.number().nullable(), high: z.number().nullable() }).describe('equal for one figure; null for an open side'),
  qualifier: z.enum(['exact', 'approx', 'at_least', 'more_than', 'at_most', 'less_than', 'range', 'approx_range', 'vague']),
  unit: z.string().nullable(),
  counted: Sourced.nullable(),
  measure: z.string(),
  modality: z.enum(['asserted', 'planned', 'estimated', 'possible', 'denied']),
  change: z.object({ direction: z.enum(['up', 'down']) }).nullable(),
  claimant: Actor.nullable().describe('null: the outlet asserts it itself'),
  via: z.array(Actor).describe('sources the claimant is reported through, nearest first ("according to Western officials")'),
  time: z
    .object({ text: z.string(), span: SpanSchema, start: z.string().nullable(), end: z.string().nullable() })
    .nullable()
    .describe('the period the figure refers to ("since last year" → start 2024-01-01, end the reference date); start/end null where open or unknown'),
  asserted: z
    .object({
      value: z.string().nullable(),
      basis: z.enum(['text', 'document', 'inferred']),
      span: SpanSchema.optional(),
      text: z.string().optional(),
      earliest: z.string().optional(),
      latest: z.string().optional(),
    })
    .describe('when the claim was made: the date written by its cue ("said Monday"), else the document\'s date (null when it has none); `inferred` where the document\'s date is a window (earliest/latest) inferred from its content or the other reports'),
  group: Id.nullable(),
  place: Sourced.nullable().describe('the place the figure is about, when its clause names one ("sent to Kursk", "killed in Kursk Oblast")'),
  partOf: Id.nullable().describe('the claim this figure is a part of ("including 3,000" of 14,000; "4,000 of the original 11,000")'),
  family: z.string().nullable().describe('the claimant family: the state or body the claimant speaks for ("South Korea" for Seoul, South Korean lawmakers and the NIS), a person, or null for the outlet itself'),
  corroboration: z
    .object({
      claimants: z.number().int().describe('claimant families whose figures in the group agree with this one, its own included'),
      outlets: z.number().int().describe('reports that give an agreeing figure, its own included, leaving out those that only copy its text'),
      copies: z.number().int().describe('reports that repeat it in text copied from its report (not independent)'),
    })
    .nullable()
    .describe('how far the other reports bear it out; null when it is in no group'),
});

export const AttributionSchema = z.object({
  id: Id,
  doc: Id,
  source: Actor.nullable(),
  cue: Sourced.nullable(),
  content: z.object({ spans: z.array(SpanSchema), text: z.string().describe('the pieces joined with " … "') }),
  rule: z.string().describe('the extractor that found it'),
});

export const QuoteSchema = z.object({
  id: Id,
  doc: Id,
  span: SpanSchema.describe('inside the quotation marks'),
  text: z.string(),
  speaker: Actor.nullable(),
  cue: Sourced.nullable(),
});

export const TimeSchema = z.object({
  id: Id,
  doc: Id,
  span: SpanSchema,
  text: z.string(),
  type: z.enum(['date', 'time', 'duration', 'set']),
  value: z.string().describe('TimeML-style normalized value: 2025-04-28, 2024-06, 2025-W17, P3M, PRESENT_REF; X for what the text leaves unknown (XXXX-06)'),
  period: z.object({ start: z.string(), end: z.string() }).nullable().describe('first and last day it covers, when it names a calendar period'),
  signal: z.object({ relation: z.string(), text: z.string(), span: SpanSchema }).nullable().describe('the preposition tying it to its clause: since, by, until, between…'),
  rule: z.string().describe('the extractor that found it; dateline-published / dateline-updated for dates read from date lines'),
});

export const EntitySchema = z.object({
  id: Id,
  name: z.string(),
  type: z.enum(['person', 'organization', 'place', 'group', 'other']),
  aliases: z.array(z.string()),
  mentions: z.array(z.object({ doc: Id, span: SpanSchema })),
  merged: z.array(z.object({ alias: z.string(), reason: z.string() })).describe('names merged into this entity that are not the same key, and why ("Kim Jon Un": one letter off)'),
});

export const EventSchema = z.object({
  id: Id,
  doc: Id,
  span: SpanSchema,
  date: z.object({ text: z.string(), span: SpanSchema, value: z.string(), start: z.string().nullable(), end: z.string().nullable() }),
  summary: z.string().describe('the clause that states the happening, as written'),
  kind: z.string().nullable().describe('what kind of happening, when its verb or noun says (agreement, deployment, confirmation, …)'),
  mentions: z.array(z.object({ doc: Id, span: SpanSchema, text: z.string() })).describe('the other reports that state the same happening on the same date'),
});

export const GroupSchema = z.object({
  id: Id,
  measure: z.string(),
  counted: z.string().nullable().describe('what its figures count, as a head noun ("troop", "shell"); null when only the measure says it (casualties)'),
  unit: z.string().nullable(),
  modality: z.enum(['done', 'planned', 'possible', 'denied']).describe('planned or possible figures are never compared with what was done'),
  country: z.string().nullable().describe('the country its figures are about, where their clauses name a place in it; figures about places in different countries are kept apart'),
  claims: z.array(Id),
  status: z.enum(['single', 'agree', 'conflict', 'revised', 'mixed']),
  low: z.number().nullable(),
  high: z.number().nullable(),
  pairs: z
    .array(z.object({ a: Id, b: Id, relation: z.enum(['agree', 'conflict', 'revision', 'different_times', 'different_places', 'loose']), reason: z.string() }))
    .describe('the pairs of claims (of different reports or claimants) that do not simply agree, conflicts first'),
  pairsOmitted: z.number().int().describe('further such pairs left out of `pairs` in a very large group'),
  apart: z.array(z.object({ group: Id, reason: z.string() })).describe('groups of the same measure kept apart from this one, and why'),
});

export const FamilySchema = z.object({
  name: z.string().describe('the state or body ("South Korea"), or the claimant\'s own name'),
  members: z.array(z.object({ text: z.string(), entity: Id.nullable(), claims: z.number().int() })).describe('the claimants that speak for it, as the reports name them'),
  claims: z.number().int(),
});

export const CopySchema = z.object({
  docs: z.tuple([Id, Id]),
  passages: z
    .array(z.object({ a: SpanSchema, b: SpanSchema, words: z.number().int(), text: z.string().describe('the passage as the first document writes it') }))
    .describe('stretches of the same words, as source spans of each document'),
  share: z.number().min(0).max(1).describe('share of the shorter document\'s words that lie in shared passages'),
});

export const LedgerSchema = z.object({
  version: z.literal(1),
  generator: z.object({ name: z.string(), version: z.string() }),
  documents: z.array(DocumentSchema),
  claims: z.array(ClaimSchema),
  attributions: z.array(AttributionSchema),
  quotes: z.array(QuoteSchema),
  times: z.array(TimeSchema),
  entities: z.array(EntitySchema),
  events: z.array(EventSchema),
  groups: z.array(GroupSchema),
  families: z.array(FamilySchema).describe('claimant families with their members: the evidence behind each claim\'s `family`'),
  copies: z.array(CopySchema),
  messages: z.array(MessageSchema.extend({ input: z.string().optional() })).describe('problems of the batch as a whole (a manifest that could not be read, …)'),
});

export type LedgerSpan = z.infer<typeof SpanSchema>;
export type LedgerMessage = z.infer<typeof MessageSchema>;
export type LedgerDocument = z.infer<typeof DocumentSchema>;
export type LedgerDateField = z.infer<typeof DateFieldSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type TimeExpression = z.infer<typeof TimeSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type LedgerEvent = z.infer<typeof EventSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Copy = z.infer<typeof CopySchema>;
export type Family = z.infer<typeof FamilySchema>;
export type Ledger = z.infer<typeof LedgerSchema>;

/**
 * A ledger without its attributions, which no page of the report or the
 * server and no API endpoint shows: what they need, and what a server over a
 * store holds (the attributions are about a quarter of a ledger).
 */
export type ShownLedger = Omit<Ledger, 'attributions'>;
export type BatchMessage = Ledger['messages'][number];

/** The JSON Schema of the ledger, generated from the schemas above. */
export function ledgerJsonSchema(): Record<string, unknown> {
  return {
    $id: 'urn:tally:ledger:1',
    title: 'Tally claims ledger, format v1',
    ...z.toJSONSchema(LedgerSchema, { target: 'draft-2020-12', io: 'output' }),
  };
}
