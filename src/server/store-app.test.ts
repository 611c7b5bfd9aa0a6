import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Ledger } from '../ledger/schema.js';
import { analyze } from '../pipeline/analyze.js';
import { ingest } from '../store/ingest.js';
import { BACKENDS, freshStore } from '../../test/support/stores.js';
import { createApp, holdingFromInputs, holdingFromStore, type Holding } from './app.js';
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
    holding = await holdingFromStore(s.store);
    app = createApp(holding, ROOT, { allowAdd: true });
  });
  afterAll(() => close());

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

  it('holds the ledger but its attributions, and reads no report text until the full report is asked for, then only its analysed reports', async () => {
    const s = await freshStore(backend);
    await ingest(s.store, [KURSK]);
    const read = vi.spyOn(s.store, 'reportTexts');
    try {
      const held = await holdingFromStore(s.store);
      const whole = await s.store.ledger();
      const { attributions, ...shown } = whole;
      expect(attributions.length).toBeGreaterThan(0);
      expect(held.ledger).toEqual(shown);
      const served = createApp(held, ROOT);
      expect((await served.request('/api/v1/claims')).status).toBe(200);
      expect(read).not.toHaveBeenCalled();
      const page = await (await served.request('/report')).text();
      const analysed = held.ledger.documents.filter((d) => d.status !== 'failed').map((d) => d.id);
      expect(read.mock.calls.map(([ids]) => ids)).toEqual([analysed]);
      // the same page as the one made from the texts analysed in memory
      const result = await analyze([KURSK]);
      expect(result.docs.map((d) => d.id)).toEqual(held.ledger.documents.map((d) => d.id));
      expect(page).toBe(await renderHtmlReport(whole, reportTexts(result.docs), '/assets'));
    } finally {
      read.mockRestore();
      await s.close();
    }
  });
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
