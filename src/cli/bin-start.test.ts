/**
 * bin/tally.js as it is installed: copied beside node-flags.json, with a
 * stand-in for the built CLI (dist/cli/bin.js, which `npm test` does not
 * build) that says how it was started and exits, waits or dies as told.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BIN, cliNodeFlags } from '../test-support/cli-command.js';

const STAND_IN = `
const [mode, arg] = process.argv.slice(2);
if (mode === 'wait') process.on('SIGTERM', () => { console.log('SIGTERM'); process.exit(0); });
console.log(JSON.stringify({ pid: process.pid, execArgv: process.execArgv, args: process.argv.slice(2) }));
if (mode === 'exit') process.exit(Number(arg));
if (mode === 'wait') setInterval(() => {}, 1000);
if (mode === 'die') process.kill(process.pid, 'SIGKILL');
`;

interface Started {
  pid: number;
  execArgv: string[];
  args: string[];
}

/** The stand-ins started, ended after the tests whatever happened (one the bin failed to pass a signal to would live on). */
const standIns = new Set<number>();

/** Starts the copied bin with node's `flags` (and `env`); resolves when it ends, with the lines it printed. */
function start(bin: string, flags: readonly string[], args: readonly string[], { onLine = () => {}, env = process.env }: { onLine?: (line: string, pid: number) => void; env?: NodeJS.ProcessEnv } = {}) {
  const child = spawn(process.execPath, [...flags, bin, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
  const lines: string[] = [];
  let rest = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      if (line.startsWith('{')) standIns.add((JSON.parse(line) as Started).pid);
      onLine(line, child.pid!);
    }
  });
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; lines: string[]; started: Started; pid: number }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, lines, started: JSON.parse(lines[0] ?? 'null') as Started, pid: child.pid! }));
  });
}

describe('bin/tally.js', () => {
  let dir: string;
  let bin: string;
  const flags = cliNodeFlags();
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tally-bin-'));
    await mkdir(path.join(dir, 'bin'));
    await mkdir(path.join(dir, 'dist/cli'), { recursive: true });
    bin = path.join(dir, 'bin/tally.js');
    await copyFile(CLI_BIN, bin);
    await copyFile(path.join(path.dirname(CLI_BIN), 'node-flags.json'), path.join(dir, 'bin/node-flags.json'));
    await writeFile(path.join(dir, 'dist/cli/bin.js'), STAND_IN);
    await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }');
  });
  afterAll(async () => {
    for (const pid of standIns) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // ended already
      }
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('started without its node flags, starts node again with them and the same arguments, and exits as that process does', async () => {
    const run = await start(bin, [], ['exit', '3', 'a b']);
    expect(run.code).toBe(3);
    expect(run.started.pid).not.toBe(run.pid);
    expect(run.started.execArgv).toEqual(expect.arrayContaining(flags));
    expect(run.started.args).toEqual(['exit', '3', 'a b']);
  });

  it('started with them, on the command line or in NODE_OPTIONS, runs in the one process', async () => {
    for (const run of [await start(bin, flags, ['exit', '0']), await start(bin, [], ['exit', '0'], { env: { ...process.env, NODE_OPTIONS: flags.join(' ') } })]) {
      expect(run.code).toBe(0);
      expect(run.started.pid).toBe(run.pid);
    }
  });

  it('passes a SIGTERM sent to it on, and ends as its node process does: by the signal that ended it', async () => {
    const term = await start(bin, [], ['wait'], {
      onLine: (line, pid) => {
        if (line.startsWith('{')) process.kill(pid, 'SIGTERM');
      },
    });
    expect(term.lines).toContain('SIGTERM');
    expect(term.code).toBe(0);
    const died = await start(bin, [], ['die']);
    expect(died.started.pid).not.toBe(died.pid);
    expect(died.signal).toBe('SIGKILL');
  });
});
