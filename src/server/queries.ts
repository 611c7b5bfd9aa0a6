/**
 * What the API accepts, validated at the edge with zod: paging, filters per
 * collection, and the export format. The same schemas document the API in
 * its OpenAPI description.
 */
import { z } from 'zod';

const text = z.string().trim().min(1).max(200);
const date = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date: YYYY, YYYY-MM or YYYY-MM-DD');

export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('items per page'),
  offset: z.coerce.number().int().min(0).default(0).describe('items to skip'),
});

const Format = z.enum(['json', 'csv', 'ndjson']).default('json').describe('json (a page), csv or ndjson (every match)');

export const ClaimsQuery = Paging.extend({
  measure: text.optional().describe('killed, casualties, deployed, supplied…'),
  entity: text.optional().describe('an entity id: claims whose claimant (or a source it came via) is that entity'),
  claimant: text.optional().describe('words of the claimant, its name or its family ("South Korea")'),
  outlet: text.optional(),
  doc: text.optional().describe('a document id'),
  group: text.optional().describe('a measure group id'),
  status: z.enum(['single', 'agree', 'conflict', 'revised', 'mixed']).optional().describe("the status of the claim's group"),
  from: date.optional().describe('said on or after'),
  to: date.optional().describe('said on or before'),
  q: text.optional().describe('words of the figure, what it counts, its claimant or its place'),
  format: Format,
});

export const QuotesQuery = Paging.extend({
  speaker: text.optional().describe('words of the speaker as named'),
  entity: text.optional().describe("the speaker's entity id"),
  doc: text.optional(),
  q: text.optional().describe('words of the quote'),
  format: Format,
});

export const DocumentsQuery = Paging.extend({ outlet: text.optional(), q: text.optional().describe('words of the title or the id') });
export const GroupsQuery = Paging.extend({ measure: text.optional(), status: z.enum(['single', 'agree', 'conflict', 'revised', 'mixed']).optional() });
const mentionsShown = z.coerce.number().int().min(0).max(1000).default(100).describe("an entity's mentions given with it at most (mentionCount says how many it has; /entities/{id}/mentions pages them all)");
export const EntitiesQuery = Paging.extend({ type: z.enum(['person', 'organization', 'place', 'group', 'other']).optional(), q: text.optional(), mentions: mentionsShown });
export const EntityQuery = z.object({ mentions: mentionsShown });
export const EventsQuery = Paging.extend({ kind: text.optional(), from: date.optional(), to: date.optional() });
export const CopiesQuery = Paging.extend({ doc: text.optional().describe('a document id: the copies it is one of the two reports of') });

export const SearchQuery = z.object({
  q: text.describe('words, all of which must be in the text'),
  kind: z.enum(['document', 'quote']).optional().describe('only article texts, or only quotes'),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});

export type ClaimsQuery = z.infer<typeof ClaimsQuery>;
export type QuotesQuery = z.infer<typeof QuotesQuery>;
export type DocumentsQuery = z.infer<typeof DocumentsQuery>;
export type GroupsQuery = z.infer<typeof GroupsQuery>;
export type EntitiesQuery = z.infer<typeof EntitiesQuery>;
export type EventsQuery = z.infer<typeof EventsQuery>;
export type CopiesQuery = z.infer<typeof CopiesQuery>;
