import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatedEvents, MAX_PER_DATE, type DatedEvent } from '../align/date-undated.js';
import type { LedgerEvent } from '../ledger/schema.js';
import { syntheticCorpus } from '../test-support/synthetic-corpus.js';
import { BACKENDS, freshStore } from '../../test/support/stores.js';
import { withCopyOf } from '../../test/support/folder-copy.js';
import { datedEventsOf } from './dated-events.js';
import { buildDatingIfMissing } from './dating-index.js';
import { ingest } from './ingest.js';
import type { Store } from './store.js';

/** Every dated event of every report, in the store's order: what the dating index stands for. */
async function allDatedEvents(store: Store) {
  const rows = await store.db.all<{ record: string }>("SELECT i.record FROM items i JOIN documents d ON d.id = i.doc WHERE i.kind = 'event' ORDER BY d.seq, i.n");
  return datedEventsOf({ events: rows.map((r) => JSON.parse(r.record) as LedgerEvent) });
}

/** The index a reader builds from what the store keeps. */
async function indexFromStore(store: Store): Promise<DatedEvents> {
  const base = await store.dating(0);
  return new DatedEvents(MAX_PER_DATE).add(base.events, false).countAs(base.stems, base.clauses, base.latest);
}

describe.each(BACKENDS)('the dating index of a store on $name', (backend) => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tally-dating-'));
    for (const a of syntheticCorpus(240, 3)) await writeFile(path.join(dir, a.name), a.text);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('gives the index of all its dated events with only the events that index keeps, chunk after chunk', async () => {
    const { store, close } = await freshStore(backend);
    try {
      await ingest(store, [dir], { chunk: 40 });
      const all = await allDatedEvents(store);
      const kept = (await store.dating(0)).events;
      // the cap per date is reached: the store keeps fewer events than its reports hold
      expect(kept.length).toBeLessThan(all.length);
      const full = new DatedEvents(MAX_PER_DATE).add(all);
      expect(await indexFromStore(store)).toEqual(full);
      // and it keeps no more than that index lists (its lists are read here, as toEqual reads them)
      const listed = new Set([...(full as unknown as { lists: Map<string, Map<string, DatedEvent[]>> }).lists.values()].flatMap((dates) => [...dates.values()].flat()));
      expect(kept).toEqual(all.filter((e) => listed.has(e)));
      // a reader that has read up to a place gets only the events of later reports
      const seq = Math.max(...(await store.db.all<{ seq: number }>('SELECT seq FROM documents')).map((r) => Number(r.seq)));
      expect((await store.dating(seq)).events).toEqual([]);
    } finally {
      await close();
    }
  });

  it('takes a replaced report\'s words out of the counts and counts its new text', async () => {
    const { store, close } = await freshStore(backend);
    try {
      await withCopyOf(dir, async (copy) => {
        await ingest(store, [copy], { chunk: 100 });
        const all = await allDatedEvents(store);
        const changed = all[0]!.doc;
        const file = (await readdir(copy)).find((f) => f.startsWith(changed))!;
        const text = await readFile(path.join(copy, file), 'utf8');
        const clause = all[0]!.clause;
        await writeFile(path.join(copy, file), text.replace(clause, `${clause} amid heavy shelling near Sudzha`));
        expect(await ingest(store, [copy])).toMatchObject({ replaced: 1 });
        const now = await allDatedEvents(store);
        const base = await store.dating(0);
        const counted = new DatedEvents().add(now).stems;
        expect(base.clauses).toBe(now.length);
        expect(new DatedEvents().countAs(base.stems.filter(([, n]) => n > 0), base.clauses, base.latest).stems).toEqual(counted);
      });
    } finally {
      await close();
    }
  });

  it('builds the index of a store that has none, from its reports', async () => {
    const { store, close } = await freshStore(backend);
    try {
      await ingest(store, [dir], { chunk: 100 });
      const before = await indexFromStore(store);
      for (const table of ['dating_events', 'dating_dates', 'event_stems']) await store.db.run(`DELETE FROM ${table}`);
      await store.db.run("DELETE FROM tally_meta WHERE key LIKE 'dating%'");
      await buildDatingIfMissing(store.db);
      expect(await indexFromStore(store)).toEqual(before);
    } finally {
      await close();
    }
  });
});
