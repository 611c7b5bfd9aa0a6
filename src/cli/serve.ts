/** `tally serve [inputs…]`: the search page, the report and the API over a batch of reports, on this machine. */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { LedgerSchema } from '../ledger/schema.js';
import { createApp, holdingFromInputs, holdingFromLedger, holdingFromStore, type Holding } from '../server/app.js';
import { openStoreOption } from './store-option.js';
import type { Store } from '../store/store.js';
import { isLoopback } from '../server/access.js';
import { UsageError, type CommandIO } from './io.js';

export const serveHelp = `Usage: tally serve [inputs...] [options]

Analyses the inputs (files, folders, globs) and serves, until stopped:
  /                 search and filters over the figures
  /report           the full report (charts, tables, every report's text)
  /api/v1/...       the HTTP API (documents, claims, quotes, groups, entities,
                    events, copies; CSV and NDJSON exports); its description
                    is /api/v1/openapi.json
With --allow-add, more reports can be added from the page or with POST
/api/v1/sources; without it the server only reads.

Options:
      --store PATH   serve a store (SQLite file or postgres:// URL; see tally
                     ingest): reports added from the page go into it
      --ledger FILE  serve a ledger.json written by "tally analyze" instead
      --port N       the port (default 4321; 0 picks a free one)
      --host HOST    the address to bind (default 127.0.0.1: this machine only);
                     any other address needs TALLY_TOKEN set in the environment,
                     which every request must then carry (Authorization: Bearer,
                     or open /?token=… once in a browser)
      --allow-add    let the page and the API add reports (a path on this
                     machine, read by the server)
  -h, --help         show this help`;

export async function runServe(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ledger: { type: 'string' },
      store: { type: 'string' },
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      'allow-add': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${serveHelp}\n`);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
  const token = process.env.TALLY_TOKEN || undefined;
  if (!isLoopback(values.host) && !token) throw new UsageError(`serving on ${values.host} lets other machines in: set TALLY_TOKEN to a secret first (or keep the default --host 127.0.0.1)`);
  const sources = [values.ledger !== undefined, values.store !== undefined, positionals.length > 0].filter(Boolean).length;
  if (sources !== 1) throw new UsageError('serve needs one of: inputs (files, folders, globs), --store PATH, or --ledger FILE');
  const holding: Holding = values.ledger
    ? holdingFromLedger(LedgerSchema.parse(JSON.parse(await readFile(path.resolve(io.cwd, values.ledger), 'utf8'))))
    : values.store
      ? holdingFromStore(withSearchThreads(await openStoreOption({ store: values.store }, io.cwd, true)))
      : await holdingFromInputs(positionals, io.cwd);
  const app = createApp(holding, io.cwd, { ...(token ? { token } : {}), allowAdd: values['allow-add'] });
  const { documents } = await holding.view.summary();
  await new Promise<void>((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: values.host }, (info) => {
      io.stderr.write(`tally: serving ${documents} reports at http://${values.host}:${info.port}/ (Ctrl-C to stop)\n`);
      // answering already: a request that needs what is still being worked out waits for it, and a failure here is that request's to report
      holding.view.prepare?.().catch(() => {});
    });
    const stop = () => server.close(() => void holding.close().finally(resolve));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

/** A served store searches on every core, beside the thread that answers requests. */
function withSearchThreads(store: Store): Store {
  store.searchOnThreads(availableParallelism());
  return store;
}
