/** `tally report --store FILE|URL`: the ledger a store holds, written as `tally analyze` writes it. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatsHelp, parseFormats, writeOutputs } from './outputs.js';
import { openStoreOption, storeHelp, storeOptions } from './store-option.js';
import { writeFileAtomic } from '../report/atomic-write.js';
import { withNewline } from '../report/export/json-text.js';
import { ledgerJsonText } from '../report/export/ledger-json.js';
import type { CommandIO } from './io.js';

export const reportHelp = `Usage: tally report [options]

Writes the ledger held in a store (see tally ingest) as files. With json
alone, ledger.json is written as the store is read, without holding the
ledger in memory; the other formats read the whole ledger first.

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
    let written: string[];
    if (formats.every((f) => f === 'json')) {
      // the ledger alone is written as the store is read, as tally export writes it: a store of any size, without holding its ledger
      const file = path.join(out, 'ledger.json');
      await writeFileAtomic(file, withNewline(ledgerJsonText(store.reader())));
      written = [path.relative(io.cwd, file) || file];
    } else {
      const ledger = await store.ledger();
      const texts = formats.includes('html') ? await store.reportTexts() : new Map();
      written = await writeOutputs(formats, ledger, () => texts, out, io.cwd);
    }
    if (!values.quiet) {
      const counts = await store.counts();
      io.stderr.write(`tally: ${counts.documents} reports, ${counts.claims} claims from ${store.location} → ${written.join(', ')}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
