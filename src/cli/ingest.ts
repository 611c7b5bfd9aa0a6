/** `tally ingest <inputs…> --store FILE|URL`: add new and changed reports to a store; nothing else is analysed again. */
import { parseArgs } from 'node:util';
import { ingest } from '../store/ingest.js';
import { createProgress } from './progress.js';
import { problemLine } from './analyze.js';
import { openStoreOption, storeHelp, storeLocation, storeOptions } from './store-option.js';
import { availableParallelism } from 'node:os';
import { enqueue } from '../store/queue.js';
import { isPostgresUrl } from '../store/open.js';
import { redact } from '../store/postgres.js';
import { UsageError, parseSize, positiveNumber, type CommandIO } from './io.js';

export const ingestHelp = `Usage: tally ingest <inputs...> [options]

Adds reports (files, folders, globs) to a store: new inputs are analysed and
added, changed ones replace their earlier version, unchanged ones (same
content and Tally version) are skipped. The groups the new figures fall in
are compared again; nothing else is. Running it twice changes nothing.

Options:
${storeHelp}
  -m, --manifest FILE  sources.csv or sources.json (see tally analyze --help)
      --max-size SIZE  refuse inputs larger than this (default: 32MB)
      --chunk N        reports analysed and written per transaction (default: 200)
  -j, --jobs N         threads that analyse reports (default: one per core), started
                       when there are 1,500 reports or more to analyse per thread
      --rehash         read every input again; by default a file whose size and
                       times are those it had when the store read it is skipped
      --queue          with a PostgreSQL store: only put the reports on the queue,
                       for workers (tally worker) on any machine to analyse
      --expire SECONDS with --queue: how long a report may be in a worker's
                       hands before it is taken for lost and handed out again
                       (default: 900)
  -q, --quiet          no progress output (problems are still reported)
  -h, --help           show this help

Exit status: 0 all inputs analysed, 1 some failed (the others are added), 2 usage error.`;

export async function runIngest(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...storeOptions,
      manifest: { type: 'string', short: 'm' },
      'max-size': { type: 'string' },
      chunk: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      rehash: { type: 'boolean', default: false },
      queue: { type: 'boolean', default: false },
      expire: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${ingestHelp}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('ingest needs at least one input (a file, a folder or a glob)');
  const chunk = values.chunk === undefined ? undefined : Number(values.chunk);
  if (chunk !== undefined && (!Number.isInteger(chunk) || chunk < 1)) throw new UsageError(`--chunk must be a positive whole number, not "${values.chunk}"`);
  const maxBytes = values['max-size'] !== undefined ? parseSize(values['max-size']) : undefined;
  if (values.queue) return runEnqueue(positionals, values, maxBytes, io);
  const jobs = values.jobs === undefined ? availableParallelism() : Math.round(positiveNumber('--jobs', values.jobs));
  const store = await openStoreOption(values, io.cwd, false);
  try {
    const progress = createProgress(io.stderr, values.quiet);
    const result = await ingest(store, positionals, {
      cwd: io.cwd,
      stdin: io.stdin,
      ...(values.manifest !== undefined ? { manifest: values.manifest } : {}),
      ...(maxBytes !== undefined ? { maxBytes } : {}),
      ...(chunk !== undefined ? { chunk } : {}),
      onStart: (index, total, input) => progress.start(index, total, input),
      threads: jobs,
      rehash: values.rehash,
      onReport: (d) => {
        const line = problemLine({ input: d.source, messages: d.messages });
        if (line) {
          progress.done();
          io.stderr.write(`${line}\n`);
        }
      },
    });
    progress.done();
    for (const m of result.messages) io.stderr.write(`tally: ${m.input ?? ''}: ${m.severity}: ${m.reason}\n`);
    if (!values.quiet) {
      const { added, replaced, unchanged, failed, regrouped } = result;
      io.stderr.write(
        `tally: ${added} added, ${replaced} replaced, ${unchanged} unchanged, ${failed.length} failed; ` +
          `${regrouped.buckets} bucket${regrouped.buckets === 1 ? '' : 's'} regrouped (${regrouped.claims} claims) → ${store.location}\n`,
      );
    }
    return result.failed.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

async function runEnqueue(
  inputs: readonly string[],
  values: { store?: string | undefined; db?: string | undefined; manifest?: string | undefined; expire?: string | undefined; quiet: boolean },
  maxBytes: number | undefined,
  io: CommandIO,
): Promise<number> {
  const url = storeLocation(values);
  if (!isPostgresUrl(url)) throw new UsageError('--queue needs a PostgreSQL store: --db postgres://…');
  const expireSeconds = values.expire === undefined ? undefined : positiveNumber('--expire', values.expire);
  const result = await enqueue(url, inputs, {
    cwd: io.cwd,
    ...(values.manifest !== undefined ? { manifest: values.manifest } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    ...(expireSeconds !== undefined ? { expireSeconds } : {}),
  });
  for (const m of result.messages) io.stderr.write(`tally: ${m.input ?? ''}: ${m.severity}: ${m.reason}\n`);
  if (!values.quiet) io.stderr.write(`tally: ${result.queued} queued, ${result.unchanged} unchanged → ${redact(url)} (start workers with: tally worker --db URL)\n`);
  return result.messages.some((m) => m.severity === 'error') ? 1 : 0;
}
