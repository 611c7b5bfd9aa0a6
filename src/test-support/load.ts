/**
 * Load on `tally serve`: the server started as its own process (so its memory
 * is its own), endpoints hit by autocannon from this one over loopback, and
 * the server's resident memory read from /proc. Shared by the load test (a
 * short run in CI) and `npm run bench -- load` (the full one with a soak).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { cliNodeFlags } from './cli-command.js';

export interface Endpoint {
  readonly name: string;
  readonly path: string;
}

export const ENDPOINTS: readonly Endpoint[] = [
  { name: 'claims, filtered by measure', path: '/api/v1/claims?measure=killed&limit=100' },
  { name: 'claims, filtered by words', path: '/api/v1/claims?q=troops&limit=100' },
  { name: 'full-text search', path: '/api/v1/search?q=troops%20killed&limit=20' },
];

/** The reference in the same run: an answer with no work behind it, the floor of the server and the network stack. */
export const REFERENCE: Endpoint = { name: 'reference: /favicon.ico (no work)', path: '/favicon.ico' };

export interface LoadFigures {
  readonly name: string;
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** connection errors and timeouts */
  readonly errors: number;
  readonly non2xx: number;
}

export async function load(base: string, e: Endpoint, connections: number, seconds: number): Promise<LoadFigures> {
  const r = await autocannon({ url: `${base}${e.path}`, connections, duration: seconds });
  return { name: e.name, requests: r.requests.total, perSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

export interface RunningServer {
  readonly base: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** `tally serve --store STORE --port 0`, from the built CLI (`dist/`) or the sources. */
export async function startServer(root: string, store: string, from: 'dist' | 'src'): Promise<RunningServer> {
  const args = from === 'dist' ? [...cliNodeFlags(), path.join(root, 'bin/tally.js')] : [...cliNodeFlags(), '--import', 'tsx', path.join(root, 'src/cli/bin.ts')];
  const child: ChildProcess = spawn(process.execPath, [...args, 'serve', '--store', store, '--port', '0'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const base = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`tally serve exited with ${code}: ${err}`)));
  });
  return {
    base,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A process's resident memory in MB (Linux), or NaN where /proc cannot tell. */
export function residentMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
