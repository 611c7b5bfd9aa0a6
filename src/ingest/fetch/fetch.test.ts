import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../pipeline/analyze.js';
import { runCli } from '../../test-support/cli.js';
import { articlePage, rssFeed } from '../../test-support/pages.js';
import { fetchPages } from './fetch-pages.js';

const STORY = ['Some 15,000 North Korean troops have been sent to Russia, South Korean intelligence said on Monday.', 'About 600 of them have been killed in the Kursk region, lawmakers said.'];
const PAGE_A = articlePage({ title: 'Troops in Kursk', paragraphs: STORY, published: '2025-04-28T09:00:00+09:00' });
const PAGE_B = articlePage({ title: 'Second report', paragraphs: STORY.map((s) => s.replace('15,000', '11,000')) });

interface Hit {
  readonly path: string;
  readonly ua: string | undefined;
  readonly conditional: boolean;
}

/** A loopback site: pages, a robots.txt, and responses that are slow, flaky, too big, or not pages. */
function site(): { server: Server; hits: Hit[]; base: () => string } {
  const hits: Hit[] = [];
  let flaky = 0;
  const server = createServer((req: IncomingMessage, res) => {
    const url = req.url ?? '/';
    hits.push({ path: url, ua: req.headers['user-agent'], conditional: req.headers['if-none-match'] !== undefined });
    const html = (body: string, headers: Record<string, string> = {}) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(body);
    };
    switch (url) {
      case '/robots.txt':
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('User-agent: *\nDisallow: /private/\n');
      case '/a.html':
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304);
          return res.end();
        }
        return html(PAGE_A, { etag: '"v1"' });
      case '/b.html':
        return html(PAGE_B);
      case '/moved':
        res.writeHead(301, { location: '/b.html' });
        return res.end();
      case '/flaky':
        if (flaky++ === 0) {
          res.writeHead(503, { 'retry-after': '0' });
          return res.end('busy');
        }
        return html(PAGE_B);
      case '/slow':
        setTimeout(() => html(PAGE_A), 1500);
        return;
      case '/big':
        return html(`<html><body>${'x'.repeat(300_000)}</body></html>`);
      case '/report.pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        return res.end('%PDF-1.4');
      case '/feed.xml':
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        return res.end(rssFeed('Loopback News', [{ title: 'A', link: `${base()}/a.html` }, { title: 'B', link: '/b.html' }, { title: 'Gone', link: '/missing' }]));
      default:
        res.writeHead(404);
        return res.end('not found');
    }
  });
  const base = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, hits, base };
}

const FAST = { perHostSeconds: 0.1, timeoutSeconds: 0.5, retries: 1, backoffSeconds: 0.05, maxBytes: 100_000 };

describe('tally fetch', () => {
  const { server, hits, base } = site();
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('saves pages with a manifest, obeys robots.txt, retries what may pass, and reports every failure with its reason', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'tally-fetch-'));
    hits.length = 0;
    const urls = ['a.html', 'moved', 'flaky', 'private/secret.html', 'slow', 'big', 'report.pdf', 'missing'].map((p) => `${base()}/${p}`);
    // when the fetcher sends each request (to the real site): the site's own clock adds its event loop's delays, which a loaded machine stretches past the pause
    const sent: number[] = [];
    const realFetch = globalThis.fetch;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      sent.push(performance.now());
      return realFetch(input, init);
    });
    const results = await fetchPages(urls, { out, settings: FAST }).finally(() => spy.mockRestore());
    expect(results.map((r) => [r.url.slice(base().length), r.status, r.rule ?? ''])).toEqual([
      ['/a.html', 'fetched', ''],
      ['/moved', 'fetched', ''],
      ['/flaky', 'fetched', ''],
      ['/private/secret.html', 'failed', 'fetch/robots'],
      ['/slow', 'failed', 'fetch/timeout'],
      ['/big', 'failed', 'fetch/too-large'],
      ['/report.pdf', 'failed', 'fetch/not-a-page'],
      ['/missing', 'failed', 'fetch/http'],
    ]);
    expect(results.find((r) => r.url.endsWith('/missing'))!.reason).toBe('HTTP 404 Not Found');
    // the robots.txt was read once, the private page never asked for, the flaky one asked twice
    expect(hits.filter((h) => h.path === '/robots.txt')).toHaveLength(1);
    expect(hits.some((h) => h.path.startsWith('/private'))).toBe(false);
    expect(hits.filter((h) => h.path === '/flaky')).toHaveLength(2);
    expect(hits.filter((h) => h.path === '/slow')).toHaveLength(2);
    // every request says who asks, and one host's requests are sent 0.1 s apart (less a few ms where a collector pause falls between a request's turn and its sending)
    expect(hits.every((h) => h.ua?.startsWith('Tally/'))).toBe(true);
    expect(sent).toHaveLength(hits.length);
    for (let i = 1; i < sent.length; i++) expect(sent[i]! - sent[i - 1]!).toBeGreaterThanOrEqual(90);

    const manifest = JSON.parse(await readFile(path.join(out, 'sources.json'), 'utf8')) as { documents: { file: string; url: string; requested: string }[] };
    expect(manifest.documents.map((d) => [d.requested.slice(base().length), d.url.slice(base().length)])).toEqual([
      ['/a.html', '/a.html'],
      ['/moved', '/b.html'],
      ['/flaky', '/flaky'],
    ]);
    const files = (await readdir(out)).filter((f) => f.endsWith('.html')).sort();
    expect(files).toHaveLength(3);
    expect(await readFile(path.join(out, manifest.documents[0]!.file), 'utf8')).toBe(PAGE_A);

    // a second run asks the site nothing; --refresh asks conditionally and keeps what did not change
    hits.length = 0;
    const again = await fetchPages(urls.slice(0, 3), { out, settings: FAST });
    expect(again.map((r) => r.status)).toEqual(['cached', 'cached', 'cached']);
    expect(hits).toHaveLength(0);
    const refreshed = await fetchPages(urls.slice(0, 1), { out, settings: FAST, refresh: true });
    expect(refreshed[0]!.status).toBe('unchanged');
    expect(hits.find((h) => h.path === '/a.html')!.conditional).toBe(true);

    // the saved pages analyse with their URLs from the manifest
    const { docs, ledger } = await analyze([out]);
    expect(docs.map((d) => d.meta.url?.value.slice(base().length)).sort()).toEqual(['/a.html', '/b.html', '/flaky']);
    expect(docs.every((d) => d.meta.url?.basis === 'manifest')).toBe(true);
    expect(docs.find((d) => d.meta.url?.value.endsWith('/a.html'))!.meta.published?.value).toBe('2025-04-28T09:00:00+09:00');
    expect(ledger.claims.map((c) => c.text)).toEqual(expect.arrayContaining(['Some 15,000', 'Some 11,000']));
  });

  it('runs from the command line on a URL list and a feed, and exits 1 when some URLs fail', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tally-fetch-cli-'));
    await writeFile(path.join(dir, 'urls.txt'), `# coverage\n${base()}/b.html\n\n${base()}/missing  the one that is gone\nftp://example.org/file\n`);
    const run = await runCli(['fetch', 'urls.txt', '--out', 'pages', '--delay', '0.05', '--retries', '0'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('urls.txt:5: not an http(s) URL: ftp://example.org/file');
    expect(run.stderr).toContain(`${base()}/missing: HTTP 404 Not Found`);
    expect(run.stderr).toContain('1 fetched, 0 already saved, 2 failed');
    await writeFile(path.join(dir, 'feed.xml'), rssFeed('Loopback News', [{ title: 'A', link: `${base()}/a.html` }, { title: 'B', link: `${base()}/b.html` }]));
    const feedRun = await runCli(['fetch', 'feed.xml', '--out', 'pages', '--delay', '0.05'], dir);
    expect(feedRun.stderr).toContain('1 fetched, 1 already saved, 0 failed');
    expect(feedRun.code).toBe(0);
    const analysed = await runCli(['analyze', 'pages', '--out', 'out'], dir);
    expect(analysed.code).toBe(0);
    const ledger = JSON.parse(await readFile(path.join(dir, 'out', 'ledger.json'), 'utf8')) as { documents: { url: string | null }[] };
    expect(ledger.documents.map((d) => d.url?.slice(base().length)).sort()).toEqual(['/a.html', '/b.html']);
  });

  it('fetches the articles of a feed given by its URL, and not the feed itself', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'tally-fetch-feed-'));
    const results = await fetchPages([`${base()}/feed.xml`], { out, settings: { ...FAST, retries: 0 } });
    expect(results.map((r) => [r.url.slice(base().length), r.status, r.links ?? r.rule ?? ''])).toEqual([
      ['/feed.xml', 'feed', 3],
      ['/a.html', 'fetched', ''],
      ['/b.html', 'fetched', ''],
      ['/missing', 'failed', 'fetch/http'],
    ]);
    expect((await readdir(out)).filter((f) => !f.startsWith('.')).sort()).toEqual([expect.stringMatching(/^127-0-0-1-a-[0-9a-f]{8}\.html$/), expect.stringMatching(/^127-0-0-1-b-[0-9a-f]{8}\.html$/), 'sources.json']);
  });
});
