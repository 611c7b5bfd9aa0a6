/**
 * The HTTP API under /api/v1, over the ledger the server reads (`LedgerView`): the
 * collections of the ledger with filters and paging, claims and quotes also
 * as CSV and NDJSON exports, and the OpenAPI description generated from the
 * same zod schemas that validate the requests. A bad query is a 400 with what
 * was wrong; an unknown id a 404.
 */
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { claimsCsvText, quotesCsvText } from '../report/export/csv.js';
import { ndjsonText } from '../report/export/json-text.js';
import type { LedgerView } from './ledger-view.js';
import { openApiDocument } from './openapi.js';
import { streamBody } from './stream-body.js';
import { ClaimsQuery, CopiesQuery, DocumentsQuery, EntitiesQuery, EntityQuery, EventsQuery, GroupsQuery, Paging, QuotesQuery, SearchQuery } from './queries.js';
import type { SearchHit } from '../store/search.js';

/** Full-text search over the reports and quotes the server holds. */
export type SearchFn = (query: string, options: { kind?: SearchHit['kind']; limit: number }) => Promise<SearchHit[]>;

export function createApi(view: () => LedgerView, search: SearchFn): Hono {
  const api = new Hono();

  api.get('/search', (c) => withQuery(c, SearchQuery, async (q) => c.json({ items: await search(q.q, { limit: q.limit, ...(q.kind ? { kind: q.kind } : {}) }) })));

  api.get('/openapi.json', (c) => c.json(openApiDocument()));

  api.get('/documents', (c) => withQuery(c, DocumentsQuery, async (q) => c.json(await view().documents(q))));
  api.get('/documents/:id', async (c) => found(c, await view().document(c.req.param('id'))));

  api.get('/claims', (c) =>
    withQuery(c, ClaimsQuery, async ({ limit, offset, format, ...q }) => {
      if (format === 'json') return c.json(await view().claims(q, { limit, offset }));
      const { items, context } = await view().claimExport(q);
      return exported(c, format, items, 'claims.csv', () => claimsCsvText(items, context));
    }),
  );
  api.get('/claims/:id', async (c) => found(c, await view().claim(c.req.param('id'))));

  api.get('/quotes', (c) =>
    withQuery(c, QuotesQuery, async ({ limit, offset, format, ...q }) => {
      if (format === 'json') return c.json(await view().quotes(q, { limit, offset }));
      const { items, context } = await view().quoteExport(q);
      return exported(c, format, items, 'quotes.csv', () => quotesCsvText(items, context));
    }),
  );

  api.get('/groups', (c) => withQuery(c, GroupsQuery, async (q) => c.json(await view().groups(q))));
  api.get('/groups/:id', async (c) => found(c, await view().group(c.req.param('id'))));

  api.get('/entities', (c) => withQuery(c, EntitiesQuery, async (q) => c.json(await view().entities(q))));
  api.get('/entities/:id', (c) => withQuery(c, EntityQuery, async (q) => found(c, await view().entity(c.req.param('id'), q.mentions))));
  api.get('/entities/:id/mentions', (c) => withQuery(c, Paging, async (q) => found(c, await view().mentions(c.req.param('id'), q))));

  api.get('/events', (c) => withQuery(c, EventsQuery, async (q) => c.json(await view().events(q))));
  api.get('/copies', (c) => withQuery(c, CopiesQuery, async (q) => c.json(await view().copies(q))));

  return api;
}

function withQuery<S extends z.ZodType>(c: Context, schema: S, handle: (q: z.output<S>) => Response | Promise<Response>): Response | Promise<Response> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) return c.json({ error: 'bad query', issues: parsed.error.issues.map((i) => ({ parameter: i.path.join('.'), message: i.message })) }, 400);
  return handle(parsed.data);
}

function found(c: Context, item: unknown): Response {
  return item === undefined ? c.json({ error: `no such resource: ${c.req.path}` }, 404) : c.json(item);
}

/** Every match as CSV (a download) or NDJSON, written a piece at a time as it is read. */
function exported<T>(c: Context, format: 'csv' | 'ndjson', items: AsyncIterable<T>, file: string, csv: () => AsyncIterator<string>): Response {
  if (format === 'csv') return c.body(streamBody(csv()), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${file}"` });
  return c.body(streamBody(ndjsonText(items)), 200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
}
