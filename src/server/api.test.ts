import { parse } from 'csv-parse/sync';
import { claimsCsv, quotesCsv } from '../report/export/csv.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { syntheticCorpus } from '../test-support/synthetic-corpus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Ledger, ShownLedger } from '../ledger/schema.js';
import { ingest } from '../store/ingest.js';
import { BACKENDS, freshStore } from '../../test/support/stores.js';
import { createApp, holdingFromInputs, holdingFromStore, type Holding } from './app.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const KURSK = path.join(ROOT, 'examples/kursk-2025');

/** The sample held the ways a server holds reports: analysed in memory, and in each store (which the API reads as it answers). */
const HOLDINGS: readonly { name: string; open: () => Promise<{ holding: Holding; close: () => Promise<void> }> }[] = [
  { name: 'reports analysed in memory', open: async () => ({ holding: await holdingFromInputs([KURSK], ROOT), close: async () => {} }) },
  ...BACKENDS.map((backend) => ({
    name: `a ${backend.name} store`,
    open: async () => {
      const s = await freshStore(backend);
      await ingest(s.store, [KURSK]);
      const holding = holdingFromStore(s.store);
      return {
        holding,
        close: async () => {
          await holding.close();
          await s.close();
        },
      };
    },
  })),
];

type Page<T> = { total: number; limit: number; offset: number; items: T[] };

describe.each(HOLDINGS)('API /api/v1 over $name, in-process', ({ open }) => {
  let holding: Holding;
  let ledger: ShownLedger;
  let app: ReturnType<typeof createApp>;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ holding, close } = await open());
    ledger = await holding.shown();
    app = createApp(holding, ROOT, { allowAdd: true });
  });
  afterAll(() => close());

  const get = async <T>(url: string): Promise<{ status: number; body: T }> => {
    const res = await app.request(url);
    return { status: res.status, body: (await res.json()) as T };
  };

  it('pages documents and claims', async () => {
    const docs = await get<Page<Ledger['documents'][number]>>('/api/v1/documents?limit=2&offset=1');
    expect(docs.status).toBe(200);
    expect(docs.body).toMatchObject({ total: 5, limit: 2, offset: 1 });
    expect(docs.body.items.map((d) => d.id)).toEqual(ledger.documents.slice(1, 3).map((d) => d.id));
    const claims = await get<Page<Claim>>('/api/v1/claims');
    expect(claims.body.total).toBe(ledger.claims.length);
  });

  it('filters claims by measure, claimant family, group status, dates and words', async () => {
    const killed = await get<Page<Claim>>('/api/v1/claims?measure=killed&status=conflict');
    expect(killed.body.items.map((c) => c.text).sort()).toEqual(['Around 600', 'at least 1,000', 'some 6,000']);
    const korea = await get<Page<Claim>>('/api/v1/claims?claimant=South%20Korea');
    expect(korea.body.items.length).toBeGreaterThan(5);
    for (const c of korea.body.items) expect(`${c.claimant?.text} ${c.family}`).toMatch(/South Korea/);
    const april = await get<Page<Claim>>('/api/v1/claims?from=2025-04-28&to=2025-04-28');
    expect(new Set(april.body.items.map((c) => c.doc.slice(0, 3)))).toContain('000');
    const kursk = await get<Page<Claim>>('/api/v1/claims?q=Kursk');
    for (const c of kursk.body.items) expect(c.place?.text ?? '').toMatch(/Kursk/);
  });

  it('answers a bad query with 400 and what was wrong, an unknown id with 404', async () => {
    const bad = await get<{ error: string; issues: { parameter: string }[] }>('/api/v1/claims?limit=0&from=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i) => i.parameter).sort()).toEqual(['from', 'limit']);
    expect((await get('/api/v1/claims/nope')).status).toBe(404);
    expect((await get('/api/v1/nothing-here')).status).toBe(404);
  });

  it('exports the matching claims as CSV and quotes as NDJSON', async () => {
    const csv = await app.request('/api/v1/claims?format=csv&measure=killed');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parse(await csv.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['measure'])).toEqual(['killed', 'killed', 'killed']);
    const nd = await app.request('/api/v1/quotes?format=ndjson&speaker=Putin');
    const lines = (await nd.text()).trim().split('\n').map((l) => JSON.parse(l) as { speaker: { name: string } });
    expect(lines.length).toBeGreaterThan(3);
    for (const q of lines) expect(q.speaker.name).toMatch(/Putin/);
    // every match, written a piece at a time: the text the whole-string forms give
    expect(await (await app.request('/api/v1/claims?format=csv')).text()).toBe(claimsCsv(ledger));
    expect(await (await app.request('/api/v1/quotes?format=csv')).text()).toBe(quotesCsv(ledger));
    const all = (await (await app.request('/api/v1/claims?format=ndjson')).text()).split('\n');
    expect(all.pop()).toBe('');
    expect(all.map((l) => JSON.parse(l) as unknown)).toEqual(ledger.claims);
  });

  it('serves groups, entities, events and copies, and one of each by id', async () => {
    const groups = await get<Page<{ id: string; status: string }>>('/api/v1/groups?status=conflict');
    expect(groups.body.total).toBe(3);
    expect((await get<{ id: string }>(`/api/v1/groups/${groups.body.items[0]!.id}`)).body.id).toBe(groups.body.items[0]!.id);
    const people = await get<Page<{ name: string }>>('/api/v1/entities?type=person&q=kim');
    expect(people.body.items.map((e) => e.name)).toContain('Kim Jong-un');
    const events = await get<Page<{ kind: string }>>('/api/v1/events?kind=agreement&from=2024-06&to=2024-06');
    expect(events.body.total).toBe(1);
    const copies = await get<Page<{ docs: [string, string] }>>('/api/v1/copies');
    expect(copies.body.total).toBe(1);
    const [a, b] = copies.body.items[0]!.docs;
    // paged and filtered like the rest: by either of its two reports
    expect((await get<Page<unknown>>(`/api/v1/copies?doc=${b}`)).body.total).toBe(1);
    expect((await get<Page<unknown>>(`/api/v1/copies?doc=${a}&offset=1`)).body).toMatchObject({ total: 1, offset: 1, items: [] });
    const other = ledger.documents.find((d) => d.id !== a && d.id !== b)!.id;
    expect((await get<Page<unknown>>(`/api/v1/copies?doc=${other}`)).body.total).toBe(0);
    expect((await app.request('/api/v1/copies?limit=0')).status).toBe(400);
  });

  it("gives an entity's first mentions and how many it has, and pages the rest", async () => {
    const most = [...ledger.entities].sort((x, y) => y.mentions.length - x.mentions.length)[0]!;
    expect(most.mentions.length).toBeGreaterThan(4);
    const slice = (e: { mentions: unknown[] }, n: number) => ({ ...e, mentions: e.mentions.slice(0, n), mentionCount: e.mentions.length });
    // by default at most 100 with each entity: the sample's all
    expect((await get(`/api/v1/entities/${most.id}`)).body).toEqual(slice(most, 100));
    expect((await get(`/api/v1/entities/${most.id}?mentions=2`)).body).toEqual(slice(most, 2));
    const listed = await get<Page<{ id: string; mentions: unknown[]; mentionCount: number }>>('/api/v1/entities?limit=1000&mentions=1');
    expect(listed.body.items).toEqual(ledger.entities.map((e) => slice(e, 1)));
    // the mentions a page at a time, in the ledger's order, every one once
    const paged: unknown[] = [];
    for (let offset = 0; offset < most.mentions.length; offset += 3) {
      const p = await get<Page<{ doc: string; span: { start: number; end: number } }>>(`/api/v1/entities/${most.id}/mentions?limit=3&offset=${offset}`);
      expect(p.body).toMatchObject({ total: most.mentions.length, limit: 3, offset });
      paged.push(...p.body.items);
    }
    expect(paged).toEqual(most.mentions);
    expect((await get('/api/v1/entities/nope/mentions')).status).toBe(404);
    expect((await get(`/api/v1/entities/${most.id}?mentions=-1`)).status).toBe(400);
  });

  it('describes itself in OpenAPI 3.1, with the query parameters it validates', async () => {
    const doc = await get<{ openapi: string; paths: Record<string, { get: { parameters?: { name: string }[] } }>; components: { schemas: Record<string, unknown> } }>('/api/v1/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(doc.body.paths['/claims']!.get.parameters!.map((p) => p.name)).toEqual(expect.arrayContaining(['measure', 'claimant', 'from', 'to', 'q', 'limit', 'offset', 'format']));
    expect(doc.body.paths['/copies']!.get.parameters!.map((p) => p.name)).toEqual(expect.arrayContaining(['doc', 'limit', 'offset']));
    expect(Object.keys(doc.body.components.schemas)).toEqual(expect.arrayContaining(['Claim', 'Group', 'Quote', 'Document', 'Entity', 'Mention']));
    expect(doc.body.paths['/entities/{id}/mentions']!.get.parameters!.map((p) => p.name)).toEqual(['id', 'limit', 'offset']);
    expect(doc.body.paths['/entities/{id}']!.get.parameters!.map((p) => p.name)).toEqual(['id', 'mentions']);
  });

  it('serves the search page and the report', async () => {
    const page = await app.request('/');
    expect(await page.text()).toContain('<form class="filters"');
    const report = await app.request('/report');
    expect(await report.text()).toContain('data-chart="');
  });

  it('adds a folder of reports and analyses the batch again; refuses a path with nothing to read', async () => {
    const before = ledger.documents.length;
    const bad = await app.request('/api/v1/sources', { method: 'POST', body: JSON.stringify({ path: 'no/such/folder' }), headers: { 'content-type': 'application/json' } });
    expect(bad.status).toBe(422);
    expect((await holding.shown()).documents.length).toBe(before);
    const bench = path.join(ROOT, 'test/fixtures/extra-report.txt');
    const added = await app.request('/api/v1/sources', { method: 'POST', body: JSON.stringify({ path: bench }), headers: { 'content-type': 'application/json' } });
    expect(added.status).toBe(200);
    expect(await added.json()).toMatchObject({ added: 1, documents: before + 1 });
  });

  it('adds two paths sent at once, one after the other: neither is lost', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tally-add-'));
    try {
      const files = syntheticCorpus(2, 7).map((a) => path.join(dir, a.name));
      await Promise.all(syntheticCorpus(2, 7).map((a, i) => writeFile(files[i]!, a.text)));
      const before = (await holding.shown()).documents.length;
      const post = (file: string) => app.request('/api/v1/sources', { method: 'POST', body: JSON.stringify({ path: file }), headers: { 'content-type': 'application/json' } });
      const answers = await Promise.all(files.map(post));
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      // in the order asked: the second answer counts the first's report
      expect(await Promise.all(answers.map((a) => a.json()))).toEqual([expect.objectContaining({ added: 1, documents: before + 1 }), expect.objectContaining({ added: 1, documents: before + 2 })]);
      const inputs = (await holding.shown()).documents.map((d) => path.resolve(ROOT, d.source));
      for (const f of files) expect(inputs).toContain(f);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.each(BACKENDS)('additions to a $name store, with requests answered meanwhile', (backend) => {
  it('answers from what is committed, not from the open transaction of the addition', async () => {
    const s = await freshStore(backend);
    const holding = holdingFromStore(s.store);
    try {
      await ingest(s.store, [KURSK]);
      const app = createApp(holding, ROOT, { allowAdd: true });
      const claims = async () => ((await (await app.request('/api/v1/claims?limit=1')).json()) as Page<Claim>).total;
      const before = await claims();
      expect(before).toBeGreaterThan(0);
      // the connection additions are written through, in the middle of writing one
      const writer = await holding.addTo!();
      const undone = new Error('undone');
      await expect(
        writer.db.transaction(async () => {
          await writer.db.run('DELETE FROM claims');
          expect(await claims()).toBe(before);
          throw undone;
        }),
      ).rejects.toBe(undone);
      expect(await claims()).toBe(before);
    } finally {
      await holding.close();
      await s.close();
    }
  });
});
