/**
 * Crash safety of `tally ingest` into a SQLite store: the process is killed
 * with SIGKILL at random points, again and again. After every kill the store
 * is whole (SQLite's integrity check, no claim or item without its document,
 * none of what was stored lost; one row per input is the schema's), and the run after the last kill completes the batch: the store then
 * holds exactly what analysing the batch at once gives, nothing lost and
 * nothing duplicated.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/analyze.js';
import { openStore } from '../src/store/open.js';
import { syntheticCorpus } from '../src/test-support/synthetic-corpus.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const REPORTS = 600;
const KILLS = 8;

function ingestProcess(dir: string, db: string) {
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/bin.ts'), 'ingest', dir, '--store', db, '--chunk', '10', '--jobs', '1', '--quiet'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A seeded sequence of delays, so that a failure can be replayed. */
function delays(seed: number, n: number, from: number, to: number): number[] {
  let a = seed;
  return Array.from({ length: n }, () => {
    a = (a * 1103515245 + 12345) % 2 ** 31;
    return from + (a / 2 ** 31) * (to - from);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Documents in the store now, 0 before it exists or while it is locked. */
function storedCount(db: string): number {
  try {
    const sql = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (sql.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      sql.close();
    }
  } catch {
    return 0;
  }
}

function checkWhole(db: string): { documents: number } {
  const sql = new Database(db, { readonly: true });
  try {
    expect(sql.pragma('integrity_check', { simple: true })).toBe('ok');
    const one = (q: string) => (sql.prepare(q).get() as { n: number }).n;
    expect(one('SELECT count(*) AS n FROM claims WHERE doc NOT IN (SELECT id FROM documents)')).toBe(0);
    expect(one('SELECT count(*) AS n FROM items WHERE doc NOT IN (SELECT id FROM documents)')).toBe(0);
    return { documents: one('SELECT count(*) AS n FROM documents') };
  } finally {
    sql.close();
  }
}

describe('tally ingest killed with SIGKILL at random points', () => {
  let dir: string;
  let work: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tally-kill-corpus-'));
    work = await mkdtemp(path.join(tmpdir(), 'tally-kill-store-'));
    for (const a of syntheticCorpus(REPORTS, 11)) await writeFile(path.join(dir, a.name), a.text);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  });

  it('leaves a whole store after every kill, and the next run completes the batch with nothing lost or twice', async () => {
    const db = path.join(work, 'tally.db');
    const seen: number[] = [];
    // each kill falls at a random moment after the run has written something of its own, however fast the machine
    for (const delay of delays(20261122, KILLS, 0, 400)) {
      const child = ingestProcess(dir, db);
      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      const before = seen[seen.length - 1] ?? 0;
      let done = false;
      void exit.then(() => (done = true));
      while (!done && storedCount(db) <= before) await sleep(20);
      if (!done) {
        await sleep(delay);
        child.kill('SIGKILL');
      }
      await exit;
      const { documents } = checkWhole(db);
      expect(documents).toBeGreaterThanOrEqual(before);
      seen.push(documents);
    }
    console.log(`documents after each kill: ${seen.join(", ")}`);
    // the kills fell in the middle of the batch, at different points
    expect(seen.filter((n) => n > 0 && n < REPORTS).length).toBeGreaterThan(1);

    const last = ingestProcess(dir, db);
    let stderr = '';
    last.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    expect(await new Promise((resolve) => last.once('exit', resolve)), stderr).toBe(0);
    expect(checkWhole(db).documents).toBe(REPORTS);

    const store = await openStore(db);
    try {
      const stored = await store.ledger();
      const { ledger } = await analyze([dir]);
      const key = (l: typeof ledger) => l.claims.map((c) => `${c.doc} ${c.span.start}-${c.span.end} ${c.text} ${c.measure} ${c.value.low}-${c.value.high}`).sort();
      expect(stored.documents.map((d) => [d.id, d.sha256]).sort()).toEqual(ledger.documents.map((d) => [d.id, d.sha256]).sort());
      expect(key(stored)).toEqual(key(ledger));
      expect(new Set(stored.claims.map((c) => c.id)).size).toBe(stored.claims.length);
    } finally {
      await store.close();
    }
  }, 300_000);
});
