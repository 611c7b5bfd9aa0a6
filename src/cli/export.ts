/** `tally export --store FILE|URL --format csv|json|ndjson`: what a store holds, as data for other tools. */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { mergeEvents } from '../align/events.js';
import { collect } from '../core/collect.js';
import { ledgerJsonText } from '../report/export/ledger-json.js';
import { ndjsonText, withNewline } from '../report/export/json-text.js';
import { writeFileAtomic } from '../report/atomic-write.js';
import type { LedgerReader } from '../store/ledger-reader.js';
import { openStoreOption, storeHelp, storeOptions } from './store-option.js';
import { storeCsvText } from './store-outputs.js';
import { UsageError, writePieces, type CommandIO } from './io.js';

export const exportHelp = `Usage: tally export [options]

Writes what a store holds: json, the whole ledger; csv, one row per claim (or
quote); ndjson, one JSON record per line of the collection chosen. The store
is read a page at a time and written as it is read, so a store of any size
is exported without holding its ledger in memory.

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
  try {
    // written as the store is read, a page of records at a time: a store of any size is exported without holding its ledger
    const read = store.reader();
    const format = values.format as 'json' | 'csv' | 'ndjson';
    const text = format === 'json' ? withNewline(ledgerJsonText(read)) : format === 'csv' ? await storeCsvText(store, what as 'claims' | 'quotes', read) : await collectionNdjson(read, what);
    if (values.out) await writeFileAtomic(path.resolve(io.cwd, values.out), text);
    else await writePieces(io.stdout, text);
  } finally {
    await store.close();
  }
  return 0;
}

/** A collection as NDJSON: the timeline merges the reports' events, so it is the one collection held whole. */
async function collectionNdjson(read: LedgerReader, what: Collection): Promise<AsyncGenerator<string>> {
  return ndjsonText(what === 'events' ? mergeEvents(await collect(read.events())) : read[what]());
}
