import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../core/collect.js';
import { KURSK } from '../../test/kursk.js';
import { BACKENDS, freshStore } from '../../test/support/stores.js';
import { ingest } from './ingest.js';
import { SCHEMA_VERSION } from './migrations.js';
import { openStore } from './open.js';

const EXTRA = path.join(import.meta.dirname, '../../test/fixtures/extra-report.txt');

describe.each(BACKENDS)('migrations of a $name store', (backend) => {
  it("7: an older store's mentions take their report's place, and its entities read as before", async () => {
    const { store, location, close } = await freshStore(backend);
    try {
      await ingest(store, [KURSK]);
      await ingest(store, [EXTRA]);
      const entities = await collect(store.reader().entities());
      expect(entities.some((e) => new Set(e.mentions.map((m) => m.doc)).size > 3)).toBe(true);
      // the mentions table as version 6 left it
      await store.db.exec(`
        DROP INDEX mentions_order;
        ALTER TABLE mentions DROP COLUMN seq;
        CREATE INDEX mentions_entity ON mentions(entity);
        UPDATE tally_meta SET value = '6' WHERE key = 'schema_version';
      `);
      await store.close();

      const migrated = await openStore(location);
      try {
        const [{ version }] = (await migrated.db.all<{ version: string }>("SELECT value AS version FROM tally_meta WHERE key = 'schema_version'")) as [{ version: string }];
        expect(Number(version)).toBe(SCHEMA_VERSION);
        const [{ wrong, all }] = (await migrated.db.all<{ wrong: number; all: number }>(
          'SELECT sum(CASE WHEN m.seq = d.seq THEN 0 ELSE 1 END) AS wrong, count(*) AS "all" FROM mentions m JOIN documents d ON d.id = m.doc',
        )) as [{ wrong: number; all: number }];
        expect(Number(all)).toBeGreaterThan(100);
        expect(Number(wrong)).toBe(0);
        expect(await collect(migrated.reader().entities())).toEqual(entities);
      } finally {
        await migrated.close();
      }
    } finally {
      await close();
    }
  });
});
