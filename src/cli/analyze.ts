/** `tally analyze <inputs…>`: read a batch of reports and write the ledger and the digest. */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../pipeline/analyze.js';
import { reportTexts } from '../report/html/texts.js';
import { formatsHelp, outputs, parseFormats, writeOutputs } from './outputs.js';
import type { Doc } from '../core/doc.js';
import { createProgress } from './progress.js';
import { UsageError, parseSize, positiveNumber, type CommandIO } from './io.js';

export const analyzeHelp = `Usage: tally analyze <inputs...> [options]

Reads news reports (files, folders, globs, or - for standard input) and writes
the claims ledger.

Inputs: .txt, .md, .html/.htm files; folders are read recursively (README,
LICENSE and sources.csv/json files in them are not documents).

Options:
  -o, --out DIR        where to write (default: out)
  -f, --format LIST    comma-separated outputs: ${formatsHelp}
                       (default: json,md)
  -m, --manifest FILE  sources.csv or sources.json with file, url, outlet,
                       published, title per document (a sources.csv/json inside
                       an input folder is read without this option)
      --max-size SIZE  refuse inputs larger than this (default: 32MB)
  -j, --jobs N         threads that analyse reports (default: one per core), started
                       when there are 1,500 reports or more per thread
  -q, --quiet          no progress output (problems are still reported)
  -h, --help           show this help

Exit status: 0 all inputs analysed, 1 some inputs failed (the others are still
analysed and written), 2 usage error.`;

export async function runAnalyze(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o', default: 'out' },
      format: { type: 'string', short: 'f', default: 'json,md' },
      manifest: { type: 'string', short: 'm' },
      'max-size': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${analyzeHelp}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('analyze needs at least one input (a file, a folder, a glob, or -)');
  const formats = parseFormats(values.format);
  const maxBytes = values['max-size'] !== undefined ? parseSize(values['max-size']) : undefined;
  const jobs = values.jobs === undefined ? availableParallelism() : Math.round(positiveNumber('--jobs', values.jobs));

  const progress = createProgress(io.stderr, values.quiet);
  const result = await analyze(positionals, {
    cwd: io.cwd,
    ...(values.manifest !== undefined ? { manifest: values.manifest } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    stdin: io.stdin,
    threads: jobs,
    onStart: (index, total, input) => progress.start(index, total, input),
    onDocument: (doc) => {
      const line = problemLine(doc);
      if (line) {
        progress.done();
        io.stderr.write(`${line}\n`);
      }
    },
  });
  progress.done();
  for (const m of result.ledger.messages) io.stderr.write(`tally: ${m.input ?? ''}: ${m.severity}: ${m.reason}\n`);

  const texts = () => reportTexts(result.docs);
  const written = await writeOutputs(formats, (f) => outputs(f, result.ledger, texts), path.resolve(io.cwd, values.out), io.cwd);
  if (!values.quiet) {
    const n = result.docs.length;
    io.stderr.write(`tally: ${n} document${n === 1 ? '' : 's'}, ${n - result.failed.length} analysed, ${result.failed.length} failed → ${written.join(', ')}\n`);
  }
  return result.failed.length > 0 ? 1 : 0;
}

/** One line per document that had problems (warnings or errors); null for a clean one. */
export function problemLine(doc: Pick<Doc, 'input'> & { readonly messages: readonly Pick<Doc['messages'][number], 'severity' | 'reason'>[] }): string | null {
  const problems = doc.messages.filter((m) => m.severity !== 'info');
  if (problems.length === 0) return null;
  const worst = problems.some((m) => m.severity === 'error') ? 'error' : 'warning';
  return `tally: ${doc.input}: ${worst}: ${problems.map((m) => m.reason).join('; ')}`;
}
