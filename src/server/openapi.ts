/**
 * The OpenAPI 3.1 description of /api/v1, generated from the zod schemas that
 * validate the queries and the ledger schemas the answers follow, so that the
 * description cannot drift from what the server does.
 */
import { z } from 'zod';
import { ClaimSchema, CopySchema, DocumentSchema, EventSchema, GroupSchema, QuoteSchema } from '../ledger/schema.js';
import { GENERATOR } from '../ledger/version.js';
import { ClaimsQuery, CopiesQuery, DocumentsQuery, EntitiesQuery, EntityQuery, EventsQuery, GroupsQuery, Paging, QuotesQuery, SearchQuery } from './queries.js';
import { ShownEntitySchema } from './shown-entity.js';

type Json = Record<string, unknown>;

function parameters(schema: z.ZodObject): Json[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, Json> };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({ name, in: 'query', required: false, schema: s, ...(typeof s['description'] === 'string' ? { description: s['description'] } : {}) }));
}

const ID = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

function list(name: string, item: string, query: z.ZodObject, { exports = false, of = '' }: { exports?: boolean; of?: string } = {}): Json {
  const page = { type: 'object', properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: { $ref: `#/components/schemas/${item}` } } } };
  return {
    get: {
      summary: of ? `${name} of one ${of}, paged` : `${name}, filtered and paged`,
      parameters: [...(of ? [ID] : []), ...parameters(query)],
      responses: {
        200: { description: 'a page', content: { 'application/json': { schema: page }, ...(exports ? { 'text/csv': { schema: { type: 'string' } }, 'application/x-ndjson': { schema: { type: 'string' } } } : {}) } },
        400: { description: 'a bad query, with what was wrong' },
        ...(of ? { 404: { description: 'no such id' } } : {}),
      },
    },
  };
}

function one(name: string, item: string, query?: z.ZodObject): Json {
  return {
    get: {
      summary: `one ${name}`,
      parameters: [ID, ...(query ? parameters(query) : [])],
      responses: { 200: { description: name, content: { 'application/json': { schema: { $ref: `#/components/schemas/${item}` } } } }, ...(query ? { 400: { description: 'a bad query, with what was wrong' } } : {}), 404: { description: 'no such id' } },
    },
  };
}

let cached: Json | undefined;

export function openApiDocument(): Json {
  cached ??= {
    openapi: '3.1.0',
    info: { title: 'Tally API', version: GENERATOR.version, description: 'The claims ledger of the reports the server holds: figures, who claims them, when, and where the reports disagree.' },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/documents': list('documents', 'Document', DocumentsQuery),
      '/documents/{id}': one('document', 'Document'),
      '/claims': list('claims', 'Claim', ClaimsQuery, { exports: true }),
      '/claims/{id}': one('claim', 'Claim'),
      '/quotes': list('quotes', 'Quote', QuotesQuery, { exports: true }),
      '/groups': list('measure groups', 'Group', GroupsQuery),
      '/groups/{id}': one('measure group', 'Group'),
      '/entities': list('entities', 'Entity', EntitiesQuery),
      '/entities/{id}': one('entity', 'Entity', EntityQuery),
      '/entities/{id}/mentions': list('mentions', 'Mention', Paging, { of: 'entity' }),
      '/events': list('dated events', 'Event', EventsQuery),
      '/copies': list('copies (passages shared between two reports)', 'Copy', CopiesQuery),
      '/search': {
        get: {
          summary: 'full-text search over the article texts and the quotes',
          parameters: parameters(SearchQuery).map((p) => (p['name'] === 'q' ? { ...p, required: true } : p)),
          responses: {
            200: {
              description: 'the best matches first; snippet marks the matched words with [ and ]',
              content: { 'application/json': { schema: { type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: { doc: { type: 'string' }, kind: { enum: ['document', 'quote'] }, ref: { type: 'string' }, snippet: { type: 'string' } } } } } } } },
            },
            400: { description: 'a bad query, with what was wrong' },
          },
        },
      },
    },
    components: {
      schemas: Object.fromEntries(
        Object.entries({ Document: DocumentSchema, Claim: ClaimSchema, Quote: QuoteSchema, Group: GroupSchema, Entity: ShownEntitySchema, Mention: ShownEntitySchema.shape.mentions.element, Event: EventSchema, Copy: CopySchema }).map(([name, s]) => [name, z.toJSONSchema(s, { io: 'output' })]),
      ),
    },
  };
  return cached;
}
