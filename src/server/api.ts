/**
 * The HTTP API under /api/v1, over whatever ledger the server holds: the
 * collections of the ledger with filters and paging, claims and quotes also
 * as CSV and NDJSON exports, and the OpenAPI description generated from the
 * same zod schemas that validate the requests. A bad query is a 400 with what
 * was wrong; an unknown id a 404.
 */
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import type { ShownLedger } from '../ledger/schema.js';
import { claimsCsvText, quotesCsvText, rowContext } from '../report/export/csv.js';
import { filterClaims, filterQuotes, has, page } from './filters.js';
import { openApiDocument } from './openapi.js';
import { streamBody } from './stream-body.js';
import { ClaimsQuery, CopiesQuery, DocumentsQuery, EntitiesQuery, EventsQuery, GroupsQuery, QuotesQuery, SearchQuery } from './queries.js';
import type { SearchHit } from '../store/search.js';

/** Full-text search over the reports and quotes the server holds. */
export type SearchFn = (query: string, options: { kind?: SearchHit['kind']; limit: number }) => Promise<SearchHit[]>;

export function createApi(ledger: () => ShownLedger, search: SearchFn): Hono {
  const api = new Hono();

  api.get('/search', (c) => withQuery(c, SearchQuery, async (q) => c.json({ items: await search(q.q, { limit: q.limit, ...(q.kind ? { kind: q.kind } : {}) }) })));

  api.get('/openapi.json', (c) => c.json(openApiDocument()));

  api.get('/documents', (c) =>
    withQuery(c, DocumentsQuery, (q) => {
      const docs = ledger().documents.filter((d) => (!q.outlet || has(d.outlet, q.outlet)) && (!q.q || has(`${d.id} ${d.title ?? ''}`, q.q)));
      return c.json(page(docs, q.limit, q.offset));
    }),
  );
  api.get('/documents/:id', (c) => found(c, ledger().documents.find((d) => d.id === c.req.param('id'))));

  api.get('/claims', (c) =>
    withQuery(c, ClaimsQuery, (q) => {
      const claims = filterClaims(ledger(), q);
      return listOrExport(c, q, claims, 'claims.csv', () => claimsCsvText(claims, rowContext(ledger())));
    }),
  );
  api.get('/claims/:id', (c) => found(c, ledger().claims.find((x) => x.id === c.req.param('id'))));

  api.get('/quotes', (c) =>
    withQuery(c, QuotesQuery, (q) => {
      const quotes = filterQuotes(ledger(), q);
      return listOrExport(c, q, quotes, 'quotes.csv', () => quotesCsvText(quotes, rowContext({ documents: ledger().documents, groups: [] })));
    }),
  );

  api.get('/groups', (c) => withQuery(c, GroupsQuery, (q) => c.json(page(ledger().groups.filter((g) => (!q.measure || g.measure === q.measure) && (!q.status || g.status === q.status)), q.limit, q.offset))));
  api.get('/groups/:id', (c) => found(c, ledger().groups.find((g) => g.id === c.req.param('id'))));

  api.get('/entities', (c) =>
    withQuery(c, EntitiesQuery, (q) => c.json(page(ledger().entities.filter((e) => (!q.type || e.type === q.type) && (!q.q || [e.name, ...e.aliases].some((a) => has(a, q.q!)))), q.limit, q.offset))),
  );
  api.get('/entities/:id', (c) => found(c, ledger().entities.find((e) => e.id === c.req.param('id'))));

  api.get('/events', (c) =>
    withQuery(c, EventsQuery, (q) =>
      c.json(page(ledger().events.filter((e) => (!q.kind || e.kind === q.kind) && (!q.from || (e.date.end !== null && e.date.end >= q.from)) && (!q.to || (e.date.start !== null && e.date.start.slice(0, q.to.length) <= q.to))), q.limit, q.offset)),
    ),
  );
  // paged like the rest: a wire story's copies run to tens of thousands
  api.get('/copies', (c) => withQuery(c, CopiesQuery, (q) => c.json(page(ledger().copies.filter((x) => !q.doc || x.docs.includes(q.doc)), q.limit, q.offset))));

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

/** A page of the matches as JSON, or every match as CSV (a download) or NDJSON, written a piece at a time. */
function listOrExport(c: Context, q: { format: 'json' | 'csv' | 'ndjson'; limit: number; offset: number }, items: readonly unknown[], file: string, csv: () => AsyncIterator<string>): Response {
  if (q.format === 'csv') return c.body(streamBody(csv()), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${file}"` });
  if (q.format === 'ndjson') return c.body(streamBody(ndjsonPieces(items)), 200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
  return c.json(page(items, q.limit, q.offset));
}

/** One JSON record per line, 1,000 lines a piece. */
function* ndjsonPieces(items: readonly unknown[]): Generator<string> {
  for (let i = 0; i < items.length; i += 1000) yield items.slice(i, i + 1000).map((item) => `${JSON.stringify(item)}\n`).join('');
}
