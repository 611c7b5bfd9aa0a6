/**
 * The server of `tally serve`: the search page at /, the full report at
 * /report (its styles and scripts under /assets), the API under /api/v1, over
 * the ledger of the reports it holds. With `allowAdd`, reports are added by
 * pointing at a file or folder on this machine (POST /api/v1/sources); the
 * whole batch is analysed again, so that groups, copies and dates stay
 * batch-wide; additions run one at a time, in the order asked. Without it the
 * API only reads. Requests are handled in-process by
 * `app.request()` in tests, or by @hono/node-server over a socket.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requireToken } from './access.js';
import { z } from 'zod';
import type { ShownLedger } from '../ledger/schema.js';
import { analyze } from '../pipeline/analyze.js';
import { REPORT_ASSETS, htmlReportPieces, type ReportText, type ReportTextSource } from '../report/html/report.js';
import { reportTexts } from '../report/html/texts.js';
import { createApi, type SearchFn } from './api.js';
import type { LedgerView } from './ledger-view.js';
import { memoryView } from './memory-view.js';
import { storeView } from '../store/store-view.js';
import { searchInMemory } from './memory-search.js';
import { ingest } from '../store/ingest.js';
import { expandInputs } from '../ingest/inputs.js';
import type { Store } from '../store/store.js';
import { securityHeaders } from './security-headers.js';
import { streamBody } from './stream-body.js';
import { UI_SCRIPT, UI_STYLES, uiPage } from './ui.js';
import { wordTable } from '../core/word-table.js';
import { oneAtATime } from '../core/one-at-a-time.js';

export interface Holding {
  /** what the API and the search page read */
  view: LedgerView;
  /** the ledger the full report shows: held, for reports analysed here or a ledger file; read from a store when the report is asked for */
  shown: () => Promise<ShownLedger>;
  /** the reports' texts, for the full report */
  texts: ReportTextSource;
  /** full-text search over them */
  search: SearchFn;
  /** what it was analysed from; null for a ledger read from a file or a store */
  inputs: string[] | null;
  /** the store it reads */
  store?: Store;
  /**
   * The store again, through the connection additions are written by: one of its own, opened at the first, so
   * that the requests answered meanwhile read what is committed (a chunk of reports whole, or not yet), never a
   * chunk half written, and never run inside its transaction.
   */
  addTo?: () => Promise<Store>;
  /** lets go of the connections it holds */
  close(): Promise<void>;
}

/** Reports analysed from inputs, their texts held with them. */
export async function holdingFromInputs(inputs: readonly string[], cwd: string): Promise<Holding> {
  const result = await analyze(inputs, { cwd });
  return heldInMemory(result.ledger, reportTexts(result.docs), [...inputs]);
}

/** A ledger read from a file: without the reports' texts, so search finds only quotes. */
export function holdingFromLedger(ledger: ShownLedger): Holding {
  return heldInMemory(ledger, new Map(), null);
}

/** A ledger and texts held in memory, searched there. */
function heldInMemory(ledger: ShownLedger, texts: ReadonlyMap<string, ReportText>, inputs: string[] | null): Holding {
  return { view: memoryView(ledger), shown: async () => ledger, texts, search: async (query, options) => searchInMemory(ledger, texts, query, options), inputs, close: async () => {} };
}

/**
 * Reports held in a store, which holds them: the API and the page ask it
 * for what they show (`storeView`), so a server over a store of any size
 * starts at once and holds what it answers, not the ledger. The full report,
 * the one thing that shows everything, reads the ledger (but its
 * attributions, which it does not show) when it is asked for, and the
 * reports' texts as it writes each report's article.
 */
export function holdingFromStore(store: Store): Holding {
  let writer: Promise<Store> | undefined;
  const addTo = () =>
    (writer ??= store.another().catch((e: unknown) => {
      writer = undefined;
      throw e;
    }));
  const close = async () => {
    await Promise.all([store.close(), writer?.then((w) => w.close(), () => undefined)]);
  };
  return { view: storeView(store), shown: () => store.shownLedger(), texts: (ids) => store.reportTexts(ids), search: (query, options) => store.search(query, options), inputs: null, store, addTo, close };
}

const AddSource = z.object({ path: z.string().trim().min(1).max(4096) });

export interface AppOptions {
  /** when set, every request must carry it (`access.ts`) */
  readonly token?: string;
  /** let clients add reports (POST /api/v1/sources); off by default: the API is read-only */
  readonly allowAdd?: boolean;
}

/** The page's styles and scripts, by name: a fixed list, so no request can name any other file. */
const ASSETS: Readonly<Record<string, { readonly type: string; readonly body: () => string }>> = wordTable({
  ...REPORT_ASSETS,
  'ui.css': { type: 'text/css; charset=utf-8', body: () => UI_STYLES },
  'ui.js': { type: 'text/javascript; charset=utf-8', body: () => UI_SCRIPT },
});

/** The largest request body the server reads (the API takes a path, not files). */
const MAX_BODY_BYTES = 16 * 1024;

export function createApp(holding: Holding, cwd: string, options: AppOptions = {}): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  if (options.token) app.use('*', requireToken(options.token));
  app.use('/api/*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: `request bodies are limited to ${MAX_BODY_BYTES} bytes` }, 413) }));
  app.get('/', async (c) => c.html(uiPage(await holding.view.summary(), { canAdd: options.allowAdd === true })));
  // in pieces, never one string: the page of a large store is longer than V8's longest string
  app.get('/report', async (c) => c.body(streamBody(htmlReportPieces(await holding.shown(), holding.texts, '/assets')), 200, { 'content-type': 'text/html; charset=UTF-8' }));
  app.get('/assets/:name', (c) => {
    const asset = ASSETS[c.req.param('name')];
    if (!asset) return c.text('Not found', 404);
    return c.body(asset.body(), 200, { 'content-type': asset.type, 'cache-control': 'no-cache' });
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));
  const adding = oneAtATime();
  const add = async (c: Context, input: string): Promise<Response> => {
    if (holding.addTo) {
      const store = await holding.addTo();
      const result = await ingest(store, [input], { cwd });
      if (result.added + result.replaced - result.failed.length <= 0) return c.json({ error: `no new report could be read at ${input}` }, 422);
      const { documents, claims } = await store.counts();
      return c.json({ added: result.added + result.replaced - result.failed.length, documents, claims });
    }
    if (!holding.inputs) return c.json({ error: 'this server holds a ledger file; start it on the reports themselves to add more' }, 409);
    const next = await holdingFromInputs([...holding.inputs, input], cwd);
    const analysed = (l: ShownLedger) => l.documents.filter((d) => d.status !== 'failed').length;
    const [before, after] = [await holding.shown(), await next.shown()];
    const added = analysed(after) - analysed(before);
    if (added <= 0) return c.json({ error: `no new report could be read at ${input}` }, 422);
    Object.assign(holding, next);
    return c.json({ added, documents: after.documents.length, claims: after.claims.length });
  };
  app.post('/api/v1/sources', async (c) => {
    if (options.allowAdd !== true) return c.json({ error: 'adding reports is off: start tally serve with --allow-add' }, 403);
    const body = AddSource.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return c.json({ error: 'send {"path": "a file or folder on this machine"}' }, 400);
    // nothing to read is refused before anything is analysed: a store would keep the path as a failed report
    if ((await expandInputs([body.data.path], cwd)).refs.length === 0) return c.json({ error: `no report could be read at ${body.data.path}` }, 422);
    // one addition at a time: two at once would interleave their writes in one transaction, or each analyse the batch without the other's path
    return adding(() => add(c, body.data.path));
  });
  app.route('/api/v1', createApi(() => holding.view, (query, options) => holding.search(query, options)));
  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: `no such resource: ${c.req.path}` }, 404) : c.text('Not found', 404)));
  return app;
}
