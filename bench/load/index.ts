/**
 * `npm run bench -- load`: `tally serve --store` (the built CLI, its own
 * process) over a store of 10,000 synthetic reports, loaded over loopback by
 * autocannon with 50 concurrent clients: throughput and p50/p99 latency of the
 * claims and search endpoints, beside a no-work endpoint of the same server in
 * the same run (the reference: what the machine and the HTTP stack allow); then
 * a soak on a mix of them, sampling the server's resident memory. Options:
 * --docs N (10000), --seconds S per endpoint (20), --soak S (300; 0 skips it),
 * --connections N (50). The store is built once and kept in the system's temp
 * folder (tally-bench-load-N.db) for later runs.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { formatTable } from '../data.js';
import type { Benchmark } from '../registry.js';
import { extractPool } from '../../src/store/extract-pool.js';
import { ingest } from '../../src/store/ingest.js';
import { openStore } from '../../src/store/open.js';
import { ENDPOINTS, REFERENCE, load, residentMb, startServer } from '../../src/test-support/load.js';
import { syntheticCorpus } from '../../src/test-support/synthetic-corpus.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function option(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const n = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} needs a number`);
  return n;
}

async function storeOf(docs: number): Promise<string> {
  const db = path.join(tmpdir(), `tally-bench-load-${docs}.db`);
  if (existsSync(db)) return db;
  const dir = mkdtempSync(path.join(tmpdir(), 'tally-bench-load-'));
  const corpus = path.join(dir, 'corpus');
  mkdirSync(corpus);
  syntheticCorpus(docs, 1).forEach((a) => writeFileSync(path.join(corpus, a.name), a.text));
  const started = performance.now();
  const building = `${db}.building`;
  rmSync(building, { force: true });
  const store = await openStore(building);
  const pool = extractPool();
  try {
    await ingest(store, [corpus], { extract: pool.extract });
  } finally {
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  renameSync(building, db);
  console.log(`built the store of ${docs} reports in ${((performance.now() - started) / 1000).toFixed(0)} s: ${db}`);
  return db;
}

async function run(args: readonly string[]): Promise<void> {
  const docs = option(args, '--docs', 10_000);
  const seconds = option(args, '--seconds', 20);
  const soak = option(args, '--soak', 300);
  const connections = option(args, '--connections', 50);
  const db = await storeOf(docs);
  const server = await startServer(ROOT, db, 'dist');
  try {
    console.log(`tally serve --store over ${docs} reports; ${connections} concurrent clients on loopback, ${seconds} s per endpoint; server memory ${residentMb(server.pid).toFixed(0)} MB after start\n`);
    await load(server.base, REFERENCE, connections, 2); // warm-up
    const rows: (string | number)[][] = [['endpoint', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'req/s vs reference']];
    const reference = await load(server.base, REFERENCE, connections, seconds);
    for (const e of ENDPOINTS) {
      const f = await load(server.base, e, connections, seconds);
      rows.push([f.name, f.requests, f.perSecond.toFixed(0), f.p50, f.p99, f.errors, f.non2xx, `${(f.perSecond / reference.perSecond).toFixed(3)}×`]);
    }
    rows.push([reference.name, reference.requests, reference.perSecond.toFixed(0), reference.p50, reference.p99, reference.errors, reference.non2xx, '1.000×']);
    console.log(formatTable(rows));

    if (soak > 0) {
      const samples: { at: number; mb: number }[] = [];
      const start = performance.now();
      const timer = setInterval(() => samples.push({ at: (performance.now() - start) / 1000, mb: residentMb(server.pid) }), 5000);
      const result = await autocannon({ url: server.base, connections, duration: soak, requests: ENDPOINTS.map((e) => ({ method: 'GET' as const, path: e.path })) });
      clearInterval(timer);
      const mbs = samples.map((s) => s.mb);
      const first = mbs.slice(0, Math.max(1, Math.floor(mbs.length / 5)));
      const last = mbs.slice(-Math.max(1, Math.floor(mbs.length / 5)));
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      console.log(`\nsoak: ${soak} s of the three endpoints in turn, ${connections} clients: ${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.timeouts}, non-2xx ${result.non2xx}`);
      console.log(`server memory (RSS, MB) sampled every 5 s: first fifth ${mean(first).toFixed(0)}, last fifth ${mean(last).toFixed(0)} (${((mean(last) / mean(first) - 1) * 100).toFixed(1)} %), min ${Math.min(...mbs).toFixed(0)}, max ${Math.max(...mbs).toFixed(0)}`);
    }
  } finally {
    await server.stop();
  }
}

export const loadBenchmark: Benchmark = { name: 'load', description: 'tally serve --store under 50 concurrent clients: throughput, latency, memory over a soak', run };
