#!/usr/bin/env node
// Tally runs under the node flags of node-flags.json: a young generation of 32 MB a half, twice V8's default
// (analysis makes many short-lived objects; at 16 MB too many live through a collection and are copied out; `tally
// ingest` of 10,000 reports on one core is about 7 % faster). V8 reads them only when node starts, and a
// `#!/usr/bin/env -S node …` line fails where env has no -S (BusyBox's, in Alpine's images): so, started without
// them, this starts node once more with them, and stands for that process (its exit status, or its signal).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const flags = JSON.parse(readFileSync(new URL('./node-flags.json', import.meta.url), 'utf8'));
const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
// a flag given already, by the caller or by the start below, is left as given
const missing = flags.filter((f) => !given.some((g) => g.split('=')[0] === f.split('=')[0]));

if (missing.length === 0) {
  await import('../dist/cli/bin.js');
} else {
  const child = spawn(process.execPath, [...process.execArgv, ...missing, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  // Ctrl-C reaches the whole foreground process group, the child too: passed on, it would arrive twice. A signal sent
  // to this process alone (a service manager's SIGTERM) is passed on.
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (e) => {
    process.stderr.write(`tally: could not start node: ${e.message}\n`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 1;
  });
}
