/** `tally export --store FILE|URL --format csv|json|ndjson`: what a store holds, as data for other tools. */
import { parseArgs } from 'node:util';
import path from 'node:path';
import type { Ledger } from '../ledger/schema.js';
import { claimsCsv, quotesCsv } from '../report/export/csv.js';
import { writeFileAtomic } from '../report/atomic-write.js';
import { openStoreOption, storeHelp, storeOptions } from './store-option.js';
import { UsageError, type CommandIO } from './io.js';

export const exportHelp = `Usage: tally export [options]

Writes what a store holds: json, the whole ledger; csv, one row per claim (or
quote); ndjson, one JSON record per line of the collection chosen.

Options:
${storeHelp}
  -f, --format F       json (default), csv or ndjson
  -w, --what C         for csv and ndjson: claims (default), quotes, documents,
                       groups, entities, events, copies
  -o, --out FILE       write to FILE (default: standard output)
  -h, --help           show this help`;

const COLLECTIONS = ['claims', 'quotes', 'documents', 'groups', 'entities', 'events', 'copies'] as const;
type Collection = (typeof COLLECTIONS)[number];

export async function runExport(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...storeOptions,
      format: { type: 'string', short: 'f', default: 'json' },
      what: { type: 'string', short: 'w', default: 'claims' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${exportHelp}\n`);
    return 0;
  }
  const what = values.what as Collection;
  if (!COLLECTIONS.includes(what)) throw new UsageError(`--what must be one of ${COLLECTIONS.join(', ')}`);
  if (values.format === 'csv' && what !== 'claims' && what !== 'quotes') throw new UsageError('csv exports claims or quotes');
  if (!['json', 'csv', 'ndjson'].includes(values.format)) throw new UsageError('--format must be json, csv or ndjson');
  const store = await openStoreOption(values, io.cwd, true);
  let content: string;
  try {
    const ledger = await store.ledger();
    content = values.format === 'json' ? `${JSON.stringify(ledger, null, 2)}\n` : values.format === 'csv' ? (what === 'claims' ? claimsCsv(ledger) : quotesCsv(ledger)) : ndjson(ledger, what);
  } finally {
    await store.close();
  }
  if (values.out) await writeFileAtomic(path.resolve(io.cwd, values.out), content);
  else io.stdout.write(content);
  return 0;
}

function ndjson(ledger: Ledger, what: Collection): string {
  return (ledger[what] as readonly unknown[]).map((x) => `${JSON.stringify(x)}\n`).join('');
}
