/** `tally query --store FILE|URL "<query>"`: the claims of a store that match a one-line query, as a table or data. */
import { parseArgs } from 'node:util';
import type { ClaimMatches } from '../store/claim-query.js';
import { claimsCsv } from '../report/export/csv.js';
import { formatValue } from '../report/format.js';
import { parseQueryText } from '../server/query-text.js';
import { openStoreOption, storeHelp, storeOptions } from './store-option.js';
import { UsageError, type CommandIO } from './io.js';

export const queryHelp = `Usage: tally query [options] "<query>"

Lists the claims held in a store that match the query: fields name:value, in
quotes when the value has spaces, and words searched in the claims' text:

  tally query --store tally.db "measure:killed entity:'Kim Jong Un' after:2025-01-01"

Fields: measure, entity (a name or an id), claimant (words of the claimant or
its family), outlet, doc, group, status (single, agree, conflict, revised,
mixed), after/from, before/to (YYYY, YYYY-MM or YYYY-MM-DD).

Options:
${storeHelp}
  -f, --format F       table (default), json, ndjson or csv
  -n, --limit N        at most N claims (default: all)
  -h, --help           show this help

Exit status: 0 with matches, 1 with none, 2 usage error.`;

const QUERY_FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;

export async function runQuery(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...storeOptions,
      format: { type: 'string', short: 'f', default: 'table' },
      limit: { type: 'string', short: 'n' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${queryHelp}\n`);
    return 0;
  }
  const format = values.format as (typeof QUERY_FORMATS)[number];
  if (!QUERY_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${QUERY_FORMATS.join(', ')}`);
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (!(limit > 0)) throw new UsageError(`--limit must be a positive number, not "${values.limit}"`);
  const store = await openStoreOption(values, io.cwd, true);
  try {
    const parsed = parseQueryText(positionals.join(' '), (await store.entitySeeds()).map((s) => s.entity));
    if (!parsed.ok) throw new UsageError(parsed.error);
    // answered by the database: the claims are read a page at a time, and of the matches' groups only what corroboration reads
    const matches = await store.claims(parsed.query, limit);
    io.stdout.write(render(format, matches));
    return matches.claims.length > 0 ? 0 : 1;
  } finally {
    await store.close();
  }
}

function render(format: (typeof QUERY_FORMATS)[number], matches: ClaimMatches): string {
  const { claims } = matches;
  switch (format) {
    case 'json':
      return `${JSON.stringify(claims, null, 2)}\n`;
    case 'ndjson':
      return claims.map((c) => `${JSON.stringify(c)}\n`).join('');
    case 'csv':
      return claimsCsv(matches);
    case 'table':
      return table(matches);
  }
}

/** One line per claim: figure, what it counts, who says so, when, where in which report. */
function table({ claims, documents }: ClaimMatches): string {
  const outlets = new Map(documents.map((d) => [d.id, d.outlet ? `${d.outlet} ` : '']));
  const rows = claims.map((c) => [
    formatValue(c),
    `${c.measure}${c.counted ? ` (${c.counted.text})` : ''}`,
    c.claimant ? (c.claimant.name ?? c.claimant.text) : '(the outlet)',
    c.asserted.basis === 'inferred' ? `${c.asserted.earliest ?? '?'}…${c.asserted.latest ?? '?'}` : (c.asserted.value ?? 'undated'),
    `${outlets.get(c.doc)}${c.doc}@${c.span.start}`,
  ]);
  const head = ['figure', 'measure', 'claimant', 'said', 'report'];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (r: readonly string[]) => r.map((cell, i) => (i === r.length - 1 ? cell : clip(cell, widths[i]!).padEnd(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n') + `\n${claims.length} claim${claims.length === 1 ? '' : 's'}\n`;
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
