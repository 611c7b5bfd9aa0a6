/** The `tally` command: dispatches to subcommands, maps errors to exit statuses. */
import { analyzeHelp, runAnalyze } from './analyze.js';
import { runServe, serveHelp } from './serve.js';
import { runText, textHelp } from './text.js';
import { fetchHelp, runFetch } from './fetch.js';
import { ingestHelp, runIngest } from './ingest.js';
import { reportHelp, runReport } from './report.js';
import { queryHelp, runQuery } from './query.js';
import { exportHelp, runExport } from './export.js';
import { runWorkerCommand, workerHelp } from './worker.js';
import { UsageError, type CommandIO } from './io.js';
import { GENERATOR } from '../ledger/version.js';
import { wordTable } from '../core/word-table.js';
import { asError } from '../core/as-error.js';

const COMMANDS: Readonly<Record<string, { run: (argv: readonly string[], io: CommandIO) => Promise<number>; summary: string; help: string }>> = wordTable({
  analyze: { run: runAnalyze, summary: 'read reports and write the claims ledger and digest', help: analyzeHelp },
  text: { run: runText, summary: 'print the clean article text of each input', help: textHelp },
  fetch: { run: runFetch, summary: 'save web pages from URLs, URL lists or feeds, politely, for analyze', help: fetchHelp },
  serve: { run: runServe, summary: 'search, report and HTTP API over reports, on this machine', help: serveHelp },
  ingest: { run: runIngest, summary: 'add new and changed reports to a store (SQLite file or PostgreSQL)', help: ingestHelp },
  report: { run: runReport, summary: "write a store's ledger as files (json, md, html, csv, jsonld)", help: reportHelp },
  query: { run: runQuery, summary: "list a store's claims that match a query", help: queryHelp },
  export: { run: runExport, summary: "write what a store holds as json, csv or ndjson", help: exportHelp },
  worker: { run: runWorkerCommand, summary: 'analyse reports queued in PostgreSQL (as many workers as you like)', help: workerHelp },
});

export const mainHelp = `Usage: tally <command> [options]

Tally reads a batch of news reports about one story and builds a claims ledger:
every figure, who claims it, when, and where the reports disagree, each pointing
back to its exact characters in the source.

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Options:
  -h, --help     show help (tally <command> --help for a command)
  -v, --version  show the version

Example:
  tally analyze examples/kursk-2025 --out out/`;

export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      const topic = first === 'help' ? rest[0] : undefined;
      io.stdout.write(`${topic && COMMANDS[topic] ? COMMANDS[topic].help : mainHelp}\n`);
      return first === undefined ? 2 : 0;
    }
    if (first === '-v' || first === '--version') {
      io.stdout.write(`${GENERATOR.version}\n`);
      return 0;
    }
    const command = COMMANDS[first];
    if (!command) throw new UsageError(`unknown command "${first}"`);
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`tally: ${(e as Error).message}\nRun "tally --help" for usage.\n`);
      return 2;
    }
    io.stderr.write(`tally: ${asError(e, 'unexpected failure').stack}\n`);
    return 1;
  }
}
