/** `tally worker --db URL`: analyse reports from a PostgreSQL queue into the store, with any number of others, on any machine. */
import { parseArgs } from 'node:util';
import { isPostgresUrl } from '../store/open.js';
import { redact } from '../store/postgres.js';
import { availableParallelism } from 'node:os';
import { runWorker } from '../store/queue.js';
import { extractPool } from '../store/extract-pool.js';
import { storeLocation, storeOptions } from './store-option.js';
import { UsageError, positiveNumber, type CommandIO } from './io.js';

export const workerHelp = `Usage: tally worker --db postgres://user@host/db [options]

Takes reports from the queue that "tally ingest --db URL --queue" fills,
analyses them, and adds them to the store. Start as many as you like, on
this machine and others that reach the database; each takes its own
batches. A worker that dies loses nothing: its reports go back on the queue
when they expire. When the queue is empty, the figures' groups are brought
up to date. Stops on Ctrl-C (finishing its batch).

Options:
      --db URL          the PostgreSQL store (also --store)
  -b, --batch N         reports taken at a time (default: 50)
  -j, --jobs N          threads that analyse reports (default: one per core)
      --until-idle      stop once the queue is empty and the groups are up to date
      --expire SECONDS  how long a report may be in a worker's hands before it
                        is taken for lost (default: 900)
      --maintain SECONDS  how often lost reports are looked for (default: 60)
  -q, --quiet           print nothing but problems
  -h, --help            show this help`;

export async function runWorkerCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...storeOptions,
      batch: { type: 'string', short: 'b' },
      jobs: { type: 'string', short: 'j' },
      'until-idle': { type: 'boolean', default: false },
      expire: { type: 'string' },
      maintain: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${workerHelp}\n`);
    return 0;
  }
  const url = storeLocation(values);
  if (!isPostgresUrl(url)) throw new UsageError('a worker needs a PostgreSQL store: --db postgres://…');
  const batchSize = values.batch === undefined ? undefined : Math.round(positiveNumber('--batch', values.batch));
  const expireSeconds = values.expire === undefined ? undefined : positiveNumber('--expire', values.expire);
  const maintenanceSeconds = values.maintain === undefined ? undefined : positiveNumber('--maintain', values.maintain);
  if (!values.quiet) io.stderr.write(`tally: worker ${process.pid} on ${redact(url)}\n`);
  let total = 0;
  const jobs = values.jobs === undefined ? availableParallelism() : Math.round(positiveNumber('--jobs', values.jobs));
  const pool = jobs > 1 ? extractPool(jobs) : undefined;
  await runWorker(url, {
    ...(pool ? { extract: pool.extract } : {}),
    untilIdle: values['until-idle'],
    ...(batchSize !== undefined ? { batchSize } : {}),
    ...(expireSeconds !== undefined ? { expireSeconds } : {}),
    ...(maintenanceSeconds !== undefined ? { maintenanceSeconds } : {}),
    onBatch: (o) => {
      total += o.added + o.replaced;
      if (!values.quiet) io.stderr.write(`tally: worker ${process.pid}: ${o.added} added, ${o.replaced} replaced, ${o.unchanged} already in, ${o.failed} failed (${total} in all)\n`);
    },
  }).finally(() => pool?.close());
  return 0;
}
