import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../pipeline/analyze.js';
import { ingest } from '../../store/ingest.js';
import { openStore } from '../../store/open.js';
import { articlePage, buildWarc, rssFeed } from '../../test-support/pages.js';
import { readEntries } from '../entries.js';

const STORY = [
  'Some 15,000 North Korean troops have been sent to Russia since October, South Korean intelligence said on Monday.',
  'About 600 of them have been killed in the Kursk region, lawmakers in Seoul said after a briefing by the spy agency.',
  'Pyongyang confirmed for the first time that its soldiers had fought in Kursk, calling them heroes of the motherland.',
];
const LONG = STORY.map((p) => `<p>${p} ${p}</p>`).join('\n');

async function folder(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tally-containers-'));
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(dir, name), body);
  return dir;
}

describe('feeds', () => {
  const feed = rssFeed('Example News', [
    { title: 'North Korean troops in Kursk', link: 'https://news.example/world/kursk-troops', pubDate: 'Mon, 28 Apr 2025 09:15:00 +0900', creator: 'Jane Roe', html: LONG },
    { title: 'Brief: casualties', link: 'https://news.example/world/brief', pubDate: 'Tue, 29 Apr 2025 18:02:11 GMT', description: STORY[1]! },
    { title: 'No text at all', link: 'https://news.example/world/empty' },
  ]);

  it('makes one document per item, with the item link, title, byline and date, and spans into the item text', async () => {
    const dir = await folder({ 'feed.xml': feed });
    const { ledger, docs } = await analyze(['feed.xml'], { cwd: dir });
    expect(docs.map((d) => d.input)).toEqual(['feed.xml#https://news.example/world/kursk-troops', 'feed.xml#https://news.example/world/brief', 'feed.xml#https://news.example/world/empty']);
    const [full, brief, empty] = docs;
    expect(full!.meta.url).toEqual({ value: 'https://news.example/world/kursk-troops', basis: 'feed' });
    expect(full!.meta.title?.value).toBe('North Korean troops in Kursk');
    expect(full!.meta.byline?.value).toBe('Jane Roe');
    expect(full!.meta.outlet?.value).toBe('Example News');
    expect(full!.meta.published).toMatchObject({ value: '2025-04-28T09:15:00+09:00', basis: 'feed' });
    expect(full!.messages.some((m) => m.rule === 'ingest/feed-summary')).toBe(false);
    expect(brief!.messages.find((m) => m.rule === 'ingest/feed-summary')?.severity).toBe('warning');
    expect(brief!.meta.published?.value).toBe('2025-04-29T18:02:11Z');
    expect(empty!.status).toBe('failed');
    expect(empty!.messages[0]?.rule).toBe('ingest/feed-empty');

    const claims = ledger.claims.filter((c) => c.doc === ledger.documents[0]!.id);
    expect(claims.map((c) => c.text)).toEqual(expect.arrayContaining(['Some 15,000', 'About 600']));
    for (const c of ledger.claims) {
      const doc = docs.find((d) => d.id === c.doc)!;
      expect(doc.source.slice(c.span.start, c.span.end)).toBe(c.text);
    }
  });

  it('reads Atom, and a feed whatever its name', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id><updated>2025-04-28T00:00:00Z</updated>
<entry><title>Troops</title><id>urn:e1</id><link rel="alternate" href="https://atom.example/troops"/><published>2025-04-26T09:00:00+09:00</published><updated>2025-04-27T00:00:00Z</updated>
<author><name>Kim Min-ji</name></author><content type="html">${LONG.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content></entry></feed>`;
    const dir = await folder({ 'news.txt': atom });
    const { docs } = await analyze(['news.txt'], { cwd: dir });
    expect(docs).toHaveLength(1);
    expect(docs[0]!.input).toBe('news.txt#https://atom.example/troops');
    expect(docs[0]!.meta.published?.value).toBe('2025-04-26T09:00:00+09:00');
    expect(docs[0]!.meta.updated?.value).toBe('2025-04-27T00:00:00Z');
    expect(docs[0]!.meta.byline?.value).toBe('Kim Min-ji');
    expect(docs[0]!.text).toContain('Some 15,000 North Korean troops');
  });

  it('reports a broken feed with its reason and goes on with the batch', async () => {
    const dir = await folder({ 'broken.rss': '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a', 'ok.txt': STORY.join('\n\n') });
    const { docs, failed } = await analyze(['broken.rss', 'ok.txt'], { cwd: dir });
    expect(docs).toHaveLength(2);
    expect(failed.map((d) => d.input)).toEqual(['broken.rss']);
    expect(failed[0]!.messages[0]!.rule).toBe('ingest/feed');
  });
});

describe('web archives', () => {
  const page = (title: string) => articlePage({ title, paragraphs: STORY, site: 'Example News' });

  it('makes one document per archived HTML page, decoded as served, and skips everything else', async () => {
    const cp1252 = Buffer.from(page('Caf\u00e9 troops').replace('charset="utf-8"', ''), 'latin1');
    const warc = await buildWarc([
      { url: 'https://news.example/a', body: page('Troops sent'), gzipBody: true },
      { url: 'https://news.example/a', type: 'request', body: '' },
      { url: 'https://news.example/logo.png', contentType: 'image/png', body: 'png' },
      { url: 'https://news.example/gone', body: page('Gone'), status: 404 },
      { url: 'https://news.example/b', body: cp1252, contentType: 'text/html; charset=windows-1252' },
      { url: 'https://news.example/a', body: page('Troops sent, updated') },
    ]);
    const dir = await folder({ 'crawl.warc.gz': warc });
    const { docs, ledger } = await analyze(['crawl.warc.gz'], { cwd: dir });
    expect(docs.map((d) => d.input)).toEqual(['crawl.warc.gz#https://news.example/a', 'crawl.warc.gz#https://news.example/b', 'crawl.warc.gz#https://news.example/a~2']);
    expect(docs.every((d) => d.status === 'ok' && d.kind === 'html')).toBe(true);
    expect(docs[0]!.meta.url).toEqual({ value: 'https://news.example/a', basis: 'archive' });
    expect(docs[0]!.meta.outlet?.value).toBe('Example News');
    expect(docs[1]!.meta.title?.value).toBe('Café troops');
    expect(docs[0]!.text).toContain('About 600 of them have been killed');
    for (const c of ledger.claims) {
      const doc = docs.find((d) => d.id === c.doc)!;
      expect(doc.source.slice(c.span.start, c.span.end)).toBe(c.text);
    }
    expect(ledger.claims.filter((c) => c.doc === docs[0]!.id).map((c) => c.text)).toEqual(expect.arrayContaining(['Some 15,000', 'About 600']));
  });

  it('reads an uncompressed archive, and finds archives in a folder', async () => {
    const dir = await folder({ 'a.warc': await buildWarc([{ url: 'https://news.example/x', body: page('X') }], false), 'b.warc.gz': await buildWarc([{ url: 'https://news.example/y', body: page('Y') }]) });
    const { docs } = await analyze(['.'], { cwd: dir });
    expect(docs.map((d) => d.input)).toEqual(['a.warc#https://news.example/x', 'b.warc.gz#https://news.example/y']);
  });

  it('keeps the pages before the damage of a truncated archive and says where it stopped', async () => {
    const warc = await buildWarc([
      { url: 'https://news.example/1', body: page('One') },
      { url: 'https://news.example/2', body: page('Two') },
    ]);
    const dir = await folder({ 'cut.warc.gz': warc.subarray(0, warc.length - 200), 'junk.warc.gz': Buffer.from('not gzip at all') });
    const { docs } = await analyze(['cut.warc.gz', 'junk.warc.gz'], { cwd: dir });
    expect(docs.map((d) => [d.input, d.status])).toEqual([
      ['cut.warc.gz#https://news.example/1', 'ok'],
      ['cut.warc.gz', 'failed'],
      ['junk.warc.gz', 'failed'],
    ]);
    expect(docs[1]!.messages[0]!.reason).toMatch(/damaged at record 2 \(the pages before it were read\): unexpected end of file/);
    expect(docs[2]!.messages[0]!.reason).toMatch(/not a web archive/);
  });

  it('refuses an archived page above the size limit, and reads the others', async () => {
    const warc = await buildWarc([
      { url: 'https://news.example/big', body: page('Big') + ' '.repeat(5000) },
      { url: 'https://news.example/small', body: page('Small') },
    ]);
    const dir = await folder({ 'c.warc.gz': warc });
    const results = [];
    for await (const r of readEntries({ input: 'c.warc.gz', path: path.join(dir, 'c.warc.gz') }, 4000)) results.push(r.ok ? r.entry.input : `${r.input}: ${r.rule}`);
    expect(results).toEqual(['c.warc.gz#https://news.example/big: ingest/too-large', 'c.warc.gz#https://news.example/small']);
  });

  it('says so when an archive cannot be opened', async () => {
    if (process.getuid?.() === 0) return; // root reads any file
    const dir = await folder({ 'locked.warc.gz': await buildWarc([{ url: 'https://news.example/x', body: page('X') }]) });
    await chmod(path.join(dir, 'locked.warc.gz'), 0o000);
    const { failed } = await analyze(['locked.warc.gz'], { cwd: dir });
    expect(failed[0]!.messages[0]!.reason).toMatch(/permission|EACCES/i);
  });
});

describe('containers in a store', () => {
  it('ingests each entry once: a second run finds every item unchanged, and a changed item replaces its earlier version', async () => {
    const items = [
      { title: 'Troops', link: 'https://news.example/t', pubDate: 'Mon, 28 Apr 2025 09:15:00 GMT', html: LONG },
      { title: 'Brief', link: 'https://news.example/b', pubDate: 'Tue, 29 Apr 2025 09:15:00 GMT', html: LONG.replace('15,000', '11,000') },
    ];
    const dir = await folder({ 'feed.rss': rssFeed('Example News', items), 'crawl.warc.gz': await buildWarc([{ url: 'https://news.example/p', body: articlePage({ title: 'P', paragraphs: STORY }) }]) });
    const store = await openStore(path.join(dir, 'tally.db'));
    try {
      const first = await ingest(store, ['.'], { cwd: dir });
      expect([first.added, first.unchanged, first.failed.length]).toEqual([3, 0, 0]);
      const again = await ingest(store, ['.'], { cwd: dir });
      expect([again.added, again.replaced, again.unchanged]).toEqual([0, 0, 3]);
      await writeFile(path.join(dir, 'feed.rss'), rssFeed('Example News', [items[0]!, { ...items[1]!, html: LONG.replace('15,000', '12,000') }]));
      const changed = await ingest(store, ['feed.rss'], { cwd: dir });
      expect([changed.added, changed.replaced, changed.unchanged]).toEqual([0, 1, 1]);
      const ledger = await store.ledger();
      expect(ledger.documents.map((d) => d.url).sort()).toEqual(['https://news.example/b', 'https://news.example/p', 'https://news.example/t']);
      expect(ledger.claims.some((c) => c.text === 'Some 12,000')).toBe(true);
      expect(ledger.claims.some((c) => c.text === 'Some 11,000')).toBe(false);
    } finally {
      await store.close();
    }
  });
});
