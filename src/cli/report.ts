/** `tally report --store FILE|URL`: the ledger a store holds, written as `tally analyze` writes it. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatsHelp, parseFormats, writeOutputs } from './outputs.js';
import { openStoreOption, storeHelp, storeOptions } from './store-option.js';
import type { CommandIO } from './io.js';

export const reportHelp = `Usage: tally report [options]

Writes the ledger held in a store (see tally ingest) as files.

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
    const ledger = await store.ledger();
    const texts = formats.includes('html') ? await store.reportTexts() : new Map();
    const written = await writeOutputs(formats, ledger, () => texts, path.resolve(io.cwd, values.out), io.cwd);
    if (!values.quiet) io.stderr.write(`tally: ${ledger.documents.length} reports, ${ledger.claims.length} claims from ${store.location} → ${written.join(', ')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
