/**
 * `tally serve` under load, the short form that runs in CI: a store of a few
 * hundred reports, 50 concurrent clients on the claims and search endpoints
 * over loopback for a few seconds each; every answer must be a success, none
 * an error or a timeout. `npm run bench -- load` is the full form (10,000
 * reports, throughput and latency beside a no-work reference, a memory soak).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/store/ingest.js';
import { openStore } from '../src/store/open.js';
import { ENDPOINTS, REFERENCE, load, startServer, type LoadFigures, type RunningServer } from '../src/test-support/load.js';
import { syntheticCorpus } from '../src/test-support/synthetic-corpus.js';

const ROOT = path.resolve(import.meta.dirname, '..');
let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tally-load-'));
  const corpus = path.join(dir, 'corpus');
  await mkdir(corpus);
  for (const a of syntheticCorpus(300, 5)) await writeFile(path.join(corpus, a.name), a.text);
  const db = path.join(dir, 'tally.db');
  const store = await openStore(db);
  await ingest(store, [corpus]);
  await store.close();
  server = await startServer(ROOT, db, 'src');
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('tally serve under 50 concurrent clients', () => {
  it('answers every request of the claims and search endpoints with a success', async () => {
    const figures: LoadFigures[] = [];
    for (const e of [...ENDPOINTS, REFERENCE]) {
      const f = await load(server.base, e, 50, 3);
      figures.push(f);
      expect(f.requests, e.name).toBeGreaterThan(50);
      expect({ errors: f.errors, non2xx: f.non2xx }, e.name).toEqual({ errors: 0, non2xx: 0 });
    }
    console.log(figures.map((f) => `${f.name}: ${f.perSecond.toFixed(0)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms`).join('\n'));
  }, 120_000);
});
