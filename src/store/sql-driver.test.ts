import { describe, expect, it } from 'vitest';
import { BACKENDS, storePerTest } from '../../test/support/stores.js';

describe.each(BACKENDS)('the $name driver', (backend) => {
  const fresh = storePerTest(backend);

  it('answers overlapping queries in the order asked, each with its own rows; one that fails fails alone; no warning', async () => {
    const { db } = await fresh();
    const warnings: Error[] = [];
    const onWarning = (w: Error) => void warnings.push(w);
    process.on('warning', onWarning);
    try {
      // a server's requests overlap on one connection
      const asked = Array.from({ length: 40 }, (_, i) => (i === 17 ? db.all('SELECT no_such_column FROM documents') : db.all<{ n: number }>('SELECT CAST(? AS INTEGER) + 1 AS n', [i])));
      const answers = await Promise.allSettled(asked);
      answers.forEach((a, i) => {
        if (i === 17) expect(a.status).toBe('rejected');
        else expect(a).toEqual({ status: 'fulfilled', value: [{ n: i + 1 }] });
      });
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.map((w) => w.message)).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('lands all of a transaction or, where it throws, none of it', async () => {
    const { db } = await fresh();
    await db.exec('CREATE TABLE t (n INTEGER PRIMARY KEY)');
    await db.transaction(async () => {
      await db.run('INSERT INTO t (n) VALUES (?)', [1]);
      await db.run('INSERT INTO t (n) VALUES (?)', [2]);
    });
    await expect(
      db.transaction(async () => {
        await db.run('INSERT INTO t (n) VALUES (?)', [3]);
        await db.run('INSERT INTO t (n) VALUES (?)', [1]);
      }),
    ).rejects.toThrow();
    expect((await db.all<{ n: number }>('SELECT n FROM t ORDER BY n')).map((r) => Number(r.n))).toEqual([1, 2]);
  });

  it('opens another connection to the same database, which reads what the first commits and not what it has yet to', async () => {
    const { db } = await fresh();
    await db.exec('CREATE TABLE t (n INTEGER PRIMARY KEY)');
    await db.run('INSERT INTO t (n) VALUES (1)');
    const other = await db.another();
    try {
      const count = async () => Number((await other.all<{ c: number }>('SELECT count(*) AS c FROM t'))[0]!.c);
      expect(await count()).toBe(1);
      await db.transaction(async () => {
        await db.run('INSERT INTO t (n) VALUES (2)');
        expect(await count()).toBe(1);
      });
      expect(await count()).toBe(2);
    } finally {
      await other.close();
    }
  });
});

describe('the sqlite driver', () => {
  const fresh = storePerTest(BACKENDS.find((b) => b.name === 'sqlite')!);

  it("keeps SQLite's temporary files in memory: a write's statement journals are not written to disk", async () => {
    const { db } = await fresh();
    // 2: MEMORY
    expect(await db.all('PRAGMA temp_store')).toEqual([{ temp_store: 2 }]);
  });
});

describe.skipIf(!BACKENDS.some((b) => b.name === 'postgres'))('the postgres driver', () => {
  const fresh = storePerTest(BACKENDS.find((b) => b.name === 'postgres')!);

  it('fails the next query of a connection the server ended, and leaves the process running', async () => {
    const { db } = await fresh();
    const other = await db.another();
    try {
      const [{ pid }] = (await other.all<{ pid: number }>('SELECT pg_backend_pid() AS pid')) as [{ pid: number }];
      await db.run('SELECT pg_terminate_backend(?)', [pid]);
      // asked until the server's notice has reached the ended connection's client
      let failed = false;
      for (let i = 0; i < 50 && !failed; i++) {
        failed = await other.all('SELECT 1').then(
          () => new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 100)),
          () => true,
        );
      }
      expect(failed).toBe(true);
      expect(await db.all('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await other.close().catch(() => undefined);
    }
  });
});
