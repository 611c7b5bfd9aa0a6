/**
 * Scale-out on a real PostgreSQL server: reports queued, worker processes
 * taking them, one killed with SIGKILL while it holds a batch; the others
 * finish the batch with no report lost and none twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/analyze.js';
import { enqueue } from '../src/store/queue.js';
import { openStore } from '../src/store/open.js';
import { syntheticCorpus } from '../src/test-support/synthetic-corpus.js';
import { POSTGRES_URL, type Backend, BACKENDS } from './support/stores.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const REPORTS = 60;
const SETTINGS = ['--batch', '4', '--expire', '3', '--maintain', '1', '--quiet'];

function worker(url: string, ...extra: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/bin.ts'), 'worker', '--db', url, ...SETTINGS, ...extra], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const exited = (p: ChildProcess) => new Promise<number | null>((resolve) => (p.exitCode !== null ? resolve(p.exitCode) : p.once('exit', (code) => resolve(code))));

async function until(check: () => Promise<boolean>, seconds: number): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.runIf(POSTGRES_URL !== undefined)('workers on a PostgreSQL queue', () => {
  const postgres = BACKENDS.find((b) => b.name === 'postgres') as Backend;
  let dir: string;
  let location: string;
  let dispose: () => Promise<void>;
  let sql: pg.Client;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tally-queue-'));
    for (const a of syntheticCorpus(REPORTS, 7)) await writeFile(path.join(dir, a.name), a.text);
    ({ location, dispose } = await postgres.fresh());
    sql = new pg.Client({ connectionString: location });
  });
  afterAll(async () => {
    await sql.end().catch(() => undefined);
    await dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('finish a batch with no report lost and none twice when one is killed holding reports', async () => {
    const queued = await enqueue(location, [dir], { expireSeconds: 3, maintenanceSeconds: 1 });
    expect(queued).toMatchObject({ queued: REPORTS, unchanged: 0 });
    await sql.connect();
    const count = async (q: string) => Number((await sql.query<{ n: string }>(q)).rows[0]!.n);
    const stored = () => count('SELECT count(*) AS n FROM documents');
    const active = () => count("SELECT count(*) AS n FROM pgboss.job WHERE name = 'tally-ingest' AND state = 'active'");

    const doomed = worker(location);
    await until(async () => (await stored()) >= 8 && (await active()) > 0, 60);
    doomed.kill('SIGKILL');
    await exited(doomed);
    // it died holding reports: they are still marked active, and only expiry hands them out again
    expect(await active()).toBeGreaterThan(0);
    expect(await stored()).toBeLessThan(REPORTS);

    const rest = [worker(location, '--until-idle'), worker(location, '--until-idle')];
    expect(await Promise.all(rest.map(exited))).toEqual([0, 0]);

    const states = (await sql.query<{ state: string; n: string }>("SELECT state, count(*) AS n FROM pgboss.job WHERE name = 'tally-ingest' GROUP BY state")).rows;
    expect(Object.fromEntries(states.map((s) => [s.state, Number(s.n)]))).toEqual({ completed: expect.any(Number) });

    const store = await openStore(location);
    const ledger = await store.ledger();
    expect(await store.counts()).toMatchObject({ documents: REPORTS, pending: 0 });
    await store.close();
    expect(new Set(ledger.documents.map((d) => d.source)).size).toBe(REPORTS);
    expect(new Set(ledger.claims.map((c) => c.id)).size).toBe(ledger.claims.length);
    expect(ledger.claims.every((c) => c.group !== null)).toBe(true);

    // every report holds the figures analysing it gives: nothing lost, nothing twice
    const figures = (l: typeof ledger) => l.claims.map((c) => `${path.basename(l.documents.find((d) => d.id === c.doc)!.source)} ${c.span.start}-${c.span.end} ${c.text} ${c.measure} ${c.value.low}/${c.value.high}`).sort();
    const { ledger: direct } = await analyze([dir]);
    expect(figures(ledger)).toEqual(figures(direct));
  }, 120_000);
});
