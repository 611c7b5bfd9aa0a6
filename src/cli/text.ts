/** `tally text <inputs…>`: the clean article text of each input, for those who want the extractor alone. */
import { parseArgs } from 'node:util';
import type { Doc } from '../core/doc.js';
import { loadDocuments } from '../pipeline/analyze.js';
import { defaultConfiguration } from '../pipeline/configuration.js';
import { prepareDoc } from '../pipeline/process-doc.js';
import type { BatchMessage } from '../ledger/schema.js';
import { UsageError, type CommandIO } from './io.js';

export const textHelp = `Usage: tally text <inputs...> [options]

Prints each input's clean article text (web pages: the article body, without
menus, related links, captions or paywall notices), separated by a blank line
and a line "== <input>".

Options:
      --json         one JSON object per line instead: source, title, outlet,
                     byline, url, language, published, updated, text
  -m, --manifest FILE  as for tally analyze
  -h, --help         show this help

Exit status: 0 every input read, 1 some could not be (each is reported).`;

export async function runText(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, manifest: { type: 'string', short: 'm' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.stdout.write(`${textHelp}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('text needs at least one input (a file, a folder, a glob, or -)');
  const config = defaultConfiguration();
  const batch: BatchMessage[] = [];
  let failed = 0;
  for await (const { doc } of loadDocuments(positionals, { cwd: io.cwd, stdin: io.stdin, ...(values.manifest !== undefined ? { manifest: values.manifest } : {}) }, batch)) {
    if (!prepareDoc(doc, config)) {
      failed++;
      io.stderr.write(`tally: ${doc.input}: ${doc.messages.filter((m) => m.severity === 'error').map((m) => m.reason).join('; ')}\n`);
      continue;
    }
    io.stdout.write(values.json ? `${JSON.stringify(record(doc))}\n` : `== ${doc.input}\n${doc.text.trim()}\n\n`);
  }
  for (const m of batch) io.stderr.write(`tally: ${m.input ?? ''}: ${m.severity}: ${m.reason}\n`);
  return failed > 0 ? 1 : 0;
}

function record(doc: Doc): Record<string, string | null> {
  const m = doc.meta;
  return {
    source: doc.input,
    title: m.title?.value ?? null,
    outlet: m.outlet?.value ?? null,
    byline: m.byline?.value ?? null,
    url: m.url?.value ?? null,
    language: m.language?.value ?? null,
    published: m.published?.value ?? null,
    updated: m.updated?.value ?? null,
    text: doc.text.trim(),
  };
}
