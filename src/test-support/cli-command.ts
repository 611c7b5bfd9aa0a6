/**
 * How `tally` is started: node with the flags bin/node-flags.json gives it
 * (bin/tally.js starts node again with them where they are missing), so that
 * benchmarks and tests that start the CLI, or time its code in a process of
 * their own, run it as an installed `tally` runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI_BIN = path.join(ROOT, 'bin/tally.js');

/** The node flags `tally` runs under. */
export function cliNodeFlags(): string[] {
  return JSON.parse(readFileSync(path.join(ROOT, 'bin/node-flags.json'), 'utf8')) as string[];
}

/** The command that starts the built CLI (dist/) as its bin does, in one process: node, its flags, bin/tally.js. */
export function cliCommand(): string[] {
  return [process.execPath, ...cliNodeFlags(), CLI_BIN];
}
