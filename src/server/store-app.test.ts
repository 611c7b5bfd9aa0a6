import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { syntheticCorpus } from '../test-support/synthetic-corpus.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Ledger } from '../ledger/schema.js';
import { analyze } from '../pipeline/analyze.js';
import { ingest } from '../store/ingest.js';
import { BACKENDS, freshStore } from '../../test/support/stores.js';
import { createApp, holdingFromInputs, holdingFromLedger, holdingFromStore, type Holding } from './app.js';
import type { SearchHit } from '../store/search.js';
import { renderHtmlReport } from '../report/html/report.js';
import { reportTexts } from '../report/html/texts.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const KURSK = path.join(ROOT, 'examples/kursk-2025');
const EXTRA = path.join(ROOT, 'test/fixtures/extra-report.txt');

describe.each(BACKENDS)('tally serve --store on $name', (backend) => {
  let close: () => Promise<void>;
  let holding: Holding;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    const s = await freshStore(backend);
    close = s.close;
    await ingest(s.store, [KURSK]);
    holding = holdingFromStore(s.store);
    app = createApp(holding, ROOT, { allowAdd: true });
  });
  afterAll(async () => {
    // the connection its additions were written through too
    await holding.close();
    await close();
  });

  it('serves the stored ledger, searches it, and adds reports into the store', async () => {
    const claims = (await (await app.request('/api/v1/claims?limit=1000')).json()) as { total: number };
    expect(claims.total).toBe((await analyze([KURSK])).ledger.claims.length);
    const search = (await (await app.request('/api/v1/search?q=Kursk%20region&kind=document')).json()) as { items: SearchHit[] };
    expect(search.items.length).toBeGreaterThan(0);
    expect(search.items.every((h) => h.kind === 'document' && /\[/.test(h.snippet))).toBe(true);
    expect((await app.request('/api/v1/search')).status).toBe(400);

    const added = await app.request('/api/v1/sources', { method: 'POST', body: JSON.stringify({ path: EXTRA }), headers: { 'content-type': 'application/json' } });
    expect(added.status).toBe(200);
    expect(await added.json()).toMatchObject({ added: 1, documents: 6 });
    const again = await app.request('/api/v1/sources', { method: 'POST', body: JSON.stringify({ path: EXTRA }), headers: { 'content-type': 'application/json' } });
    expect(again.status).toBe(422);
    const stored = await holding.store!.ledger();
    expect(stored.documents).toHaveLength(6);
    const docs = (await (await app.request('/api/v1/documents')).json()) as { items: Ledger['documents'] };
    expect(docs.items.map((d) => d.id)).toEqual(stored.documents.map((d) => d.id));
    const report = await (await app.request('/report')).text();
    expect(report).toContain('class="figure"');
  });

  it('holds no ledger: reads no report text until the full report is asked for, then the ledger but its attributions, and only its analysed reports', async () => {
    const s = await freshStore(backend);
    await ingest(s.store, [KURSK]);
    const texts = vi.spyOn(s.store, 'reportTexts');
    const ledgers = vi.spyOn(s.store, 'shownLedger');
    try {
      const held = holdingFromStore(s.store);
      const served = createApp(held, ROOT);
      expect((await served.request('/api/v1/claims')).status).toBe(200);
      expect((await served.request('/')).status).toBe(200);
      expect(texts).not.toHaveBeenCalled();
      expect(ledgers).not.toHaveBeenCalled();
      const page = await (await served.request('/report')).text();
      const whole = await s.store.ledger();
      const { attributions, ...shown } = whole;
      expect(attributions.length).toBeGreaterThan(0);
      expect(await held.shown()).toEqual(shown);
      const analysed = shown.documents.filter((d) => d.status !== 'failed').map((d) => d.id);
      expect(texts.mock.calls.map(([ids]) => ids)).toEqual([analysed]);
      // the same page as the one made from the texts analysed in memory
      const result = await analyze([KURSK]);
      expect(result.docs.map((d) => d.id)).toEqual(shown.documents.map((d) => d.id));
      expect(page).toBe(await renderHtmlReport(whole, reportTexts(result.docs), '/assets'));
    } finally {
      texts.mockRestore();
      ledgers.mockRestore();
      await s.close();
    }
  });

  it('answers every query as the same ledger held in memory answers it, reading the store as it answers', async () => {
    const s = await freshStore(backend);
    const dir = await mkdtemp(path.join(tmpdir(), 'tally-served-'));
    try {
      // the sample, a story with copies, updates and reports that carry no date, and one report replaced by a changed version
      const corpus = syntheticCorpus(80, 5);
      for (const a of corpus) await writeFile(path.join(dir, a.name), a.text);
      await ingest(s.store, [KURSK, dir]);
      await writeFile(path.join(dir, corpus[3]!.name), `${corpus[3]!.text}\n\nSeoul said 2,000 more troops had been sent.\n`);
      await ingest(s.store, [KURSK, dir]);
      const ledger = await s.store.shownLedger();
      const fromStore = createApp(holdingFromStore(s.store), ROOT);
      const inMemory = createApp(holdingFromLedger(ledger), ROOT);
      const [claim, group, entity, copy] = [ledger.claims[40]!, ledger.groups.find((g) => g.status === 'conflict')!, ledger.entities[7]!, ledger.copies[0]!];
      const quote = ledger.quotes.find((q) => q.speaker?.entity)!;
      const busy = [...ledger.entities].sort((x, y) => y.mentions.length - x.mentions.length)[0]!;
      // more mentions than an entity is given with by default
      expect(busy.mentions.length).toBeGreaterThan(100);
      const urls = [
        '/api/v1/documents', '/api/v1/documents?limit=7&offset=20', '/api/v1/documents?outlet=a', '/api/v1/documents?q=story&limit=5&offset=3', `/api/v1/documents/${ledger.documents[9]!.id}`,
        '/api/v1/claims', '/api/v1/claims?limit=13&offset=31', '/api/v1/claims?offset=100000', `/api/v1/claims?measure=${claim.measure}&limit=5&offset=2`, `/api/v1/claims?doc=${claim.doc}`,
        `/api/v1/claims?group=${group.id}`, `/api/v1/claims?measure=${group.measure}&status=conflict`, '/api/v1/claims?claimant=south%20korea&limit=9&offset=4', '/api/v1/claims?outlet=a&limit=20',
        `/api/v1/claims?entity=${claim.claimant?.entity ?? entity.id}`, '/api/v1/claims?from=2025-01&to=2025-06', '/api/v1/claims?q=troops&limit=30&offset=10', `/api/v1/claims/${claim.id}`,
        `/api/v1/claims?measure=${claim.measure}&format=csv`, '/api/v1/claims?format=csv', '/api/v1/claims?status=conflict&format=ndjson', '/api/v1/claims?format=ndjson',
        '/api/v1/quotes', '/api/v1/quotes?limit=10&offset=15', `/api/v1/quotes?doc=${quote.doc}`, `/api/v1/quotes?entity=${quote.speaker!.entity}`, '/api/v1/quotes?speaker=putin',
        '/api/v1/quotes?q=the&limit=4&offset=4', '/api/v1/quotes?format=csv', `/api/v1/quotes?speaker=${encodeURIComponent(quote.speaker!.text)}&format=ndjson`,
        '/api/v1/groups', '/api/v1/groups?limit=3&offset=2', `/api/v1/groups?measure=${group.measure}`, '/api/v1/groups?status=conflict', `/api/v1/groups/${group.id}`,
        '/api/v1/entities', '/api/v1/entities?limit=5&offset=5', '/api/v1/entities?type=person', '/api/v1/entities?q=kim', `/api/v1/entities/${entity.id}`,
        `/api/v1/entities/${busy.id}`, `/api/v1/entities/${busy.id}?mentions=3`, '/api/v1/entities?mentions=0&type=person', `/api/v1/entities/${busy.id}/mentions?limit=7&offset=95`,
        `/api/v1/entities/${busy.id}/mentions?offset=${busy.mentions.length - 2}`, '/api/v1/entities/none/mentions',
        '/api/v1/events', '/api/v1/events?limit=10&offset=5', '/api/v1/events?kind=agreement', '/api/v1/events?from=2025-01&to=2025-03',
        '/api/v1/copies', '/api/v1/copies?limit=2&offset=1', `/api/v1/copies?doc=${copy.docs[1]}`,
        '/api/v1/claims/none', '/api/v1/documents/none', '/api/v1/groups/none', '/api/v1/entities/none', '/',
      ];
      const same = async (app: typeof inMemory, urls: readonly string[]) => {
        for (const url of urls) {
          const [a, b] = [await fromStore.request(url), await app.request(url)];
          expect({ url, status: a.status, body: await a.text() }).toEqual({ url, status: b.status, body: await b.text() });
        }
      };
      await same(inMemory, urls);
      // what the view worked out over the whole store and kept is worked out again once another ingest (here, not through the server) changes the store
      const more = syntheticCorpus(95, 5).slice(80);
      for (const a of more) await writeFile(path.join(dir, a.name), a.text);
      await ingest(s.store, [KURSK, dir]);
      const grown = createApp(holdingFromLedger(await s.store.shownLedger()), ROOT);
      await same(grown, ['/', '/api/v1/claims', '/api/v1/claims?limit=1000', '/api/v1/claims?format=ndjson', `/api/v1/claims/${claim.id}`, '/api/v1/events?limit=1000', '/api/v1/copies?limit=1000']);
      expect(await (await grown.request('/api/v1/claims')).text()).not.toBe(await (await inMemory.request('/api/v1/claims')).text());
      // the queries find something: the comparisons above are not of empty pages
      const some = async (url: string) => ((await (await fromStore.request(url)).json()) as { total: number }).total;
      expect(await some(`/api/v1/claims?measure=${group.measure}&status=conflict`)).toBeGreaterThan(1);
      expect(await some('/api/v1/claims?claimant=south%20korea')).toBeGreaterThan(9);
      expect(await some('/api/v1/quotes?speaker=putin')).toBeGreaterThan(0);
      expect(await some('/api/v1/events?from=2025-01&to=2025-03')).toBeGreaterThan(0);
      expect(await some('/api/v1/copies')).toBeGreaterThan(3);
      expect(await some('/api/v1/entities?type=person')).toBeGreaterThan(5);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await s.close();
    }
  }, 120_000);
});

describe('search without a store', () => {
  it('finds whole words in the texts and quotes held in memory', async () => {
    const app = createApp(await holdingFromInputs([KURSK], ROOT), ROOT, { allowAdd: true });
    const hits = ((await (await app.request('/api/v1/search?q=kursk%20region')).json()) as { items: SearchHit[] }).items;
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.snippet.toLowerCase()).toMatch(/\[kursk\]|\[region\]/);
    const quotes = ((await (await app.request('/api/v1/search?q=heroism&kind=quote')).json()) as { items: SearchHit[] }).items;
    expect(quotes.map((q) => q.kind)).toEqual(quotes.map(() => 'quote'));
    expect(quotes.length).toBeGreaterThan(0);
  });
});
