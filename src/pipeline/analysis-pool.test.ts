import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { syntheticCorpus } from '../test-support/synthetic-corpus.js';
import { PROTOTYPE_WORDS } from '../test-support/prototype-words.js';
import { documentFromBytes } from '../ingest/load.js';
import { analysisFromWire, analysisToWire } from './analysis-wire.js';
import { analyze } from './analyze.js';
import { defaultConfiguration } from './configuration.js';
import { processDoc } from './process-doc.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const inputs = [path.join(ROOT, 'examples/kursk-2025'), path.join(ROOT, 'test/fixtures/extra-report.txt')];

// the real pool, counted: a batch too small for threads never starts one
const started = vi.hoisted(() => ({ pools: 0 }));
vi.mock('./analysis-pool.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./analysis-pool.js')>();
  return { ...real, analysisPool: (threads: number) => (started.pools++, real.analysisPool(threads)) };
});

describe('tally analyze on several threads', () => {
  it('gives the ledger one thread gives, each document reported in the order read', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tally-threads-'));
    const articles = syntheticCorpus(70, 7);
    await Promise.all(articles.map((a) => writeFile(path.join(dir, a.name), a.text)));
    // a report whose words an object answers from its prototype ("constructor") crosses like any other
    await writeFile(path.join(dir, 'zz-javascript.txt'), PROTOTYPE_WORDS);
    const seen: string[][] = [[], []];
    const one = await analyze([dir, ...inputs], { threads: 1, onDocument: (d) => seen[0]!.push(d.id) });
    expect(started.pools).toBe(0);
    const two = await analyze([dir, ...inputs], { threads: 2, reportsPerThread: 30, onDocument: (d) => seen[1]!.push(d.id) });
    expect(started.pools).toBe(1);
    expect(one.ledger.documents).toHaveLength(77);
    expect(one.ledger.documents.filter((d) => d.status === 'failed')).toEqual([]);
    expect(JSON.stringify(two.ledger)).toBe(JSON.stringify(one.ledger));
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[0]).toEqual(one.ledger.documents.map((d) => d.id));
    // the reports' texts the page shows come back with their offset maps whole
    for (const [i, a] of two.analyses.entries()) expect(a.doc.map.toJSON()).toEqual(one.analyses[i]!.doc.map.toJSON());
  });

  it('analyses a small batch on this thread, threads or not', async () => {
    const before = started.pools;
    const small = await analyze(inputs, { threads: 2 });
    expect(started.pools).toBe(before);
    // 6 documents: 3 a thread are too few for threads of 4 each
    await analyze(inputs, { threads: 2, reportsPerThread: 4 });
    expect(started.pools).toBe(before);
    expect(small.ledger).toEqual((await analyze(inputs)).ledger);
  });

  it('an analysis crosses between threads as it was, its offset map made again', () => {
    const html = '<html><head><title>T</title></head><body><article><p>Seoul said about 600 North Korean soldiers were killed.</p><p>&ldquo;Too low,&rdquo; Kim said.</p></article></body></html>';
    const doc = documentFromBytes(Buffer.from(html), { id: 'h', input: 'h.html', ext: '.html' });
    const analysis = processDoc(doc, defaultConfiguration());
    expect(analysis.doc.map.toJSON().linear).toContain(false);
    const crossed = analysisFromWire(structuredClone(analysisToWire(analysis)));
    expect(crossed).toEqual(analysis);
    const figure = crossed.figures[0]!;
    expect(crossed.doc.map.spanToSource(figure.range)).toEqual(analysis.doc.map.spanToSource(figure.range));
  });
});
