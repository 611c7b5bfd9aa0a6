/** Small factories for web inputs in tests: article pages, feeds and web archives built from them. */
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface PageSpec {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly published?: string;
  readonly site?: string;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A news page as a site would serve it: navigation, the article, a footer. */
export function articlePage(p: PageSpec): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(p.title)}</title>
${p.site ? `<meta property="og:site_name" content="${escapeHtml(p.site)}">` : ''}
${p.published ? `<meta property="article:published_time" content="${p.published}">` : ''}
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>${escapeHtml(p.title)}</h1>
${p.paragraphs.map((t) => `<p>${escapeHtml(t)}</p>`).join('\n')}
</article>
<footer>© Example News. All rights reserved.</footer>
</body></html>`;
}

export interface FeedItemSpec {
  readonly title: string;
  readonly link: string;
  readonly pubDate?: string;
  readonly creator?: string;
  readonly description?: string;
  /** full text, as content:encoded */
  readonly html?: string;
}

export function rssFeed(title: string, items: readonly FeedItemSpec[]): string {
  const item = (i: FeedItemSpec) => `<item>
<title>${escapeHtml(i.title)}</title><link>${escapeHtml(i.link)}</link>
${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}${i.creator ? `<dc:creator>${escapeHtml(i.creator)}</dc:creator>` : ''}
${i.description ? `<description>${escapeHtml(i.description)}</description>` : ''}
${i.html ? `<content:encoded><![CDATA[${i.html}]]></content:encoded>` : ''}
</item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>${escapeHtml(title)}</title><link>https://news.example/</link><description>News</description>
${items.map(item).join('\n')}
</channel></rss>`;
}

export interface WarcSpec {
  readonly url: string;
  readonly type?: 'response' | 'request' | 'resource';
  readonly status?: number;
  readonly contentType?: string;
  readonly body: string | Uint8Array;
  /** serve the body gzip-encoded (Content-Encoding: gzip) */
  readonly gzipBody?: boolean;
}

/** A WARC file (gzipped per record, as crawlers write them) holding these records. */
export async function buildWarc(records: readonly WarcSpec[], gzip = true): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const r of records) {
    const raw = typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : r.body;
    const body = r.gzipBody ? gzipSync(raw) : raw;
    const type = r.type ?? 'response';
    const httpHeaders: Record<string, string> = { 'Content-Type': r.contentType ?? 'text/html; charset=utf-8', ...(r.gzipBody ? { 'Content-Encoding': 'gzip' } : {}) };
    const record = WARCRecord.create(
      {
        url: r.url,
        type,
        date: '2025-04-28T12:00:00Z',
        warcVersion: 'WARC/1.1',
        ...(type === 'response' ? { httpHeaders, statusline: `HTTP/1.1 ${r.status ?? 200} ${r.status && r.status !== 200 ? 'Not Found' : 'OK'}` } : {}),
        ...(type === 'request' ? { httpHeaders: { 'User-Agent': 'test' }, statusline: `GET ${new URL(r.url).pathname} HTTP/1.1` } : {}),
        ...(type === 'resource' ? { warcHeaders: { 'Content-Type': r.contentType ?? 'text/html' } } : {}),
      },
      [body],
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}
