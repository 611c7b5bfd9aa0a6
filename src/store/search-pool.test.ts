import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from './ingest.js';
import { searchStore } from './search.js';
import type { Store } from './store.js';
import { BACKENDS, freshStore } from '../../test/support/stores.js';

const KURSK = path.resolve(import.meta.dirname, '../../examples/kursk-2025');
const SQLITE = BACKENDS.find((b) => b.name === 'sqlite')!;

describe('full-text search on threads of its own', () => {
  let store: Store;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const s = await freshStore(SQLITE);
    store = s.store;
    close = s.close;
    await ingest(store, [KURSK]);
  });
  afterAll(() => close());

  it('answers many searches at once with what the store connection answers, and an empty query with nothing', async () => {
    const queries = ['Kursk region', 'North Korean troops', 'heroism', 'casualties', 'Kim Jong Un', 'no such word zzzz'];
    const direct = await Promise.all(queries.map((q) => searchStore(store.db, q, { limit: 20 })));
    expect(direct[0]!.length).toBeGreaterThan(0);
    store.searchOnThreads(2);
    const threaded = await Promise.all([...queries, ...queries, ...queries].map((q) => store.search(q, { limit: 20 })));
    expect(threaded).toEqual([...direct, ...direct, ...direct]);
    expect(await store.search('heroism', { kind: 'quote' })).toEqual(await searchStore(store.db, 'heroism', { kind: 'quote' }));
    expect(await store.search('  … !! ')).toEqual([]);
  });

  it('sees reports added after the threads opened their connections', async () => {
    store.searchOnThreads(2);
    const before = await store.search('revising estimate');
    await ingest(store, [path.resolve(import.meta.dirname, '../../test/fixtures/extra-report.txt')]);
    const after = await store.search('revising estimate');
    expect(after.length).toBeGreaterThan(before.length);
    expect(after).toEqual(await searchStore(store.db, 'revising estimate', {}));
  });
});
