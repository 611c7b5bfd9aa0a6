/** `tally report --store FILE|URL`: the ledger a store holds, written as `tally analyze` writes it. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatsHelp, outputs, parseFormats, writeOutputs, type Format } from './outputs.js';
import { openStoreOption, storeHelp, storeOptions } from './store-option.js';
import { READ_AS_WRITTEN, storeOutputs } from './store-outputs.js';
import type { Store } from '../store/store.js';
import type { CommandIO } from './io.js';

export const reportHelp = `Usage: tally report [options]

Writes the ledger held in a store (see tally ingest) as files. With json,
csv and jsonld alone, the files are written as the store is read, without
holding the ledger in memory; md and html read the whole ledger first.

Options:
${storeHelp}
  -o, --out DIR        where to write (default: out)
  -f, --format LIST    comma-separated outputs: ${formatsHelp}
                       (default: json,md,html)
  -q, --quiet          print nothing but problems
  -h, --help           show this help`;

export async function runReport(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...storeOptions,
      out: { type: 'string', short: 'o', default: 'out' },
      format: { type: 'string', short: 'f', default: 'json,md,html' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${reportHelp}\n`);
    return 0;
  }
  const formats = parseFormats(values.format);
  const store = await openStoreOption(values, io.cwd, true);
  try {
    const out = path.resolve(io.cwd, values.out);
    // json, csv and jsonld alone are written as the store is read, as tally export writes them: a store of any size, without holding its ledger;
    // one reader for all of them works out the claims' corroboration once
    const read = store.reader();
    const written = formats.every((f) => READ_AS_WRITTEN.includes(f))
      ? await writeOutputs(formats, (f) => storeOutputs(f, store, read), out, io.cwd)
      : await heldOutputs(formats, store, out, io.cwd);
    if (!values.quiet) {
      const counts = await store.counts();
      io.stderr.write(`tally: ${counts.documents} reports, ${counts.claims} claims from ${store.location} → ${written.join(', ')}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

/** The outputs of the whole ledger, read first (the page reads the reports' texts as it writes their articles). */
async function heldOutputs(formats: readonly Format[], store: Store, out: string, cwd: string): Promise<string[]> {
  const ledger = await store.ledger();
  return writeOutputs(formats, (f) => outputs(f, ledger, () => (ids) => store.reportTexts(ids)), out, cwd);
}
