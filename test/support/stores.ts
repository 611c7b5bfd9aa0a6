/**
 * The stores a test runs against: SQLite in a temporary folder always, and
 * PostgreSQL when `TALLY_TEST_POSTGRES` names a server (`.ci/run` starts one
 * and sets it), each test on a database of its own, dropped afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach } from 'vitest';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

export interface Backend {
  readonly name: 'sqlite' | 'postgres';
  /** a new, empty store location, and how to remove it */
  fresh(): Promise<{ location: string; dispose: () => Promise<void> }>;
}

export const POSTGRES_URL = process.env.TALLY_TEST_POSTGRES;

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const dir = await mkdtemp(path.join(tmpdir(), 'tally-store-'));
    return { location: path.join(dir, 'tally.db'), dispose: () => rm(dir, { recursive: true, force: true }) };
  },
};

const postgres: Backend = {
  name: 'postgres',
  async fresh() {
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    const name = `tally_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(POSTGRES_URL!);
    url.pathname = `/${name}`;
    return {
      location: url.toString(),
      async dispose() {
        const c = new pg.Client({ connectionString: POSTGRES_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  },
};

export const BACKENDS: readonly Backend[] = POSTGRES_URL ? [sqlite, postgres] : [sqlite];

/** Opens a fresh store of the backend; `close` closes and removes it. */
export async function freshStore(backend: Backend): Promise<{ store: Store; location: string; close: () => Promise<void> }> {
  const { location, dispose } = await backend.fresh();
  const store = await openStore(location);
  return {
    store,
    location,
    async close() {
      await store.close().catch(() => undefined);
      await dispose();
    },
  };
}

/** Inside a `describe`: opens a fresh store of the backend when a test asks, closed and removed after the test or when it asks for another. */
export function storePerTest(backend: Backend): () => Promise<Store> {
  let close: (() => Promise<void>) | undefined;
  const closeOpen = async () => {
    await close?.();
    close = undefined;
  };
  afterEach(closeOpen);
  return async () => {
    await closeOpen();
    const s = await freshStore(backend);
    close = s.close;
    return s.store;
  };
}
