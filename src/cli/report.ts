/** `tally report --store FILE|URL`: the ledger a store holds, written as `tally analyze` writes it. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatsHelp, pageOutputs, parseFormats, writeOutputs, type Format } from './outputs.js';
import type { ShownLedger } from '../ledger/schema.js';
import { openStoreOption, storeHelp, storeOptions } from './store-option.js';
import { isReadAsWritten, storeOutputs } from './store-outputs.js';
import type { CommandIO } from './io.js';

export const reportHelp = `Usage: tally report [options]

Writes the ledger held in a store (see tally ingest) as files. json, csv
and jsonld are written as the store is read, without holding the ledger in
memory; md and html read the ledger first (all of it but the attributions).

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
    // json, csv and jsonld are written as the store is read, as tally export writes them; the digest and the page from the
    // ledger as shown (its attributions left in the store), read when the first of them is written. One reader for all
    // of them works out the claims' corroboration once
    const read = store.reader();
    let shown: Promise<ShownLedger> | undefined;
    const texts = () => (ids: readonly string[]) => store.reportTexts(ids);
    const filesOf = async (f: Format) => (isReadAsWritten(f) ? storeOutputs(f, store, read) : pageOutputs(f, await (shown ??= store.shownLedger(read)), texts));
    const written = await writeOutputs(formats, filesOf, out, io.cwd);
    if (!values.quiet) {
      const counts = await store.counts();
      io.stderr.write(`tally: ${counts.documents} reports, ${counts.claims} claims from ${store.location} → ${written.join(', ')}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
