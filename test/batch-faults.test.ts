/**
 * A batch of 1,000 files of which 5 % are broken (binary, truncated gzip
 * archives, HTML with no article in it, unreadable, vanished between listing
 * and reading): every good file is analysed, every bad one is in the ledger as
 * a failed document with its reason, and the command exits 1.
 */
import { unlinkSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/analyze.js';
import { runCli } from '../src/test-support/cli.js';
import { articlePage, buildWarc } from '../src/test-support/pages.js';
import { syntheticCorpus } from '../src/test-support/synthetic-corpus.js';

const GOOD = 950;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const asRoot = process.getuid?.() === 0;

describe('a batch of 1,000 files with 5 % broken', () => {
  let dir: string;
  const bad = new Map<string, RegExp>();
  const vanishing = new Set<string>();
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tally-faults-'));
    const corpus = syntheticCorpus(GOOD, 3);
    for (const [i, a] of corpus.entries()) {
      // every fifth good report is a saved web page
      if (i % 5 === 0) await writeFile(path.join(dir, a.name.replace(/\.txt$/, '.html')), articlePage({ title: `Report ${i}`, paragraphs: a.text.split(/\n\s*\n/) }));
      else await writeFile(path.join(dir, a.name), a.text);
    }
    const warc = await buildWarc([{ url: 'https://news.example/a', body: articlePage({ title: 'A', paragraphs: ['Some 15,000 troops were sent.'] }) }, { url: 'https://news.example/b', body: articlePage({ title: 'B', paragraphs: ['About 600 died.'] }) }]);
    for (let i = 0; i < 10; i++) {
      await writeFile(path.join(dir, `broken-${i}-image.txt`), PNG);
      bad.set(`broken-${i}-image.txt`, /not a text file: a PNG image/);
      await writeFile(path.join(dir, `broken-${i}-cut.warc.gz`), warc.subarray(0, 40 + i * 7));
      bad.set(`broken-${i}-cut.warc.gz`, /not a web archive Tally can read|damaged at record/);
      await writeFile(path.join(dir, `broken-${i}-empty.html`), `<html><head><script>var x = "<p>${'x'.repeat(i)}</p>";</script><style>p{}</style></head><body><div><nav><a href="/">Home</a></nav></div></body>`);
      bad.set(`broken-${i}-empty.html`, /no article text found in the page/);
      const locked = path.join(dir, `broken-${i}-locked.txt`);
      await writeFile(locked, corpus[i]!.text);
      await chmod(locked, 0o000);
      // root reads any file: there the locked files are good ones
      if (!asRoot) bad.set(`broken-${i}-locked.txt`, /permission denied/);
      await writeFile(path.join(dir, `broken-${i}-vanishing.txt`), corpus[i]!.text);
      vanishing.add(`broken-${i}-vanishing.txt`);
      bad.set(`broken-${i}-vanishing.txt`, /the file vanished before it could be read/);
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('analyses every good file and reports each bad one with its reason', async () => {
    const { docs, failed, ledger } = await analyze([dir], {
      // a file deleted between listing the folder and reading it
      onStart: (_i, _n, input) => {
        if (vanishing.has(path.basename(input))) unlinkSync(input);
      },
    });
    const inputs = (d: { input: string }) => path.basename(d.input.split('#')[0]!);
    expect(failed.map(inputs).sort()).toEqual([...bad.keys()].sort());
    for (const f of failed) {
      const reason = f.messages.find((m) => m.severity === 'error')!.reason;
      expect(reason, inputs(f)).toMatch(bad.get(inputs(f))!);
    }
    const ok = docs.filter((d) => d.status === 'ok');
    expect(ok.length).toBe(GOOD + (asRoot ? 10 : 0));
    expect(ledger.documents.length).toBe(docs.length);
    expect(ledger.claims.length).toBeGreaterThan(GOOD);
  }, 300_000);

  it('exits 1 from the command line, naming each bad file, and writes the ledger of the rest', async () => {
    const run = await runCli(['analyze', dir, '--out', path.join(dir, 'out'), '--quiet'], dir);
    expect(run.code).toBe(1);
    for (const name of bad.keys()) if (!vanishing.has(name)) expect(run.stderr).toContain(name);
    const ledger = JSON.parse(await readFile(path.join(dir, 'out', 'ledger.json'), 'utf8')) as { documents: { status: string }[] };
    expect(ledger.documents.filter((d) => d.status === 'ok').length).toBe(GOOD + (asRoot ? 10 : 0));
  }, 300_000);
});
