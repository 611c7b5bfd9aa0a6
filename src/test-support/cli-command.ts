/**
 * How `tally` is started: the node flags that bin/tally.js's first line gives
 * node, read from that line, so that benchmarks and tests that start the CLI
 * (or time its code in a process of their own) run it as an installed `tally` runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI_BIN = path.join(ROOT, 'bin/tally.js');

/** The flags after `node` on bin/tally.js's `#!/usr/bin/env -S node …` line. */
export function cliNodeFlags(bin = CLI_BIN): string[] {
  const first = readFileSync(bin, 'utf8').split('\n', 1)[0]!;
  const words = first.split(/\s+/).filter(Boolean);
  const node = words.indexOf('node');
  if (words[0] !== '#!/usr/bin/env' || node < 0) throw new Error(`${bin}: the first line does not start node: ${first}`);
  return words.slice(node + 1);
}

/** The command that starts the built CLI (dist/) as its bin does: node, its flags, bin/tally.js. */
export function cliCommand(): string[] {
  return [process.execPath, ...cliNodeFlags(), CLI_BIN];
}
