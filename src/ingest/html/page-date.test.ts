import { describe, expect, it } from 'vitest';
import { parseHtml } from './dom.js';
import { readHtmlMeta } from './metadata.js';

const published = (html: string) => readHtmlMeta(parseHtml(html), html).meta.published;

/** The published date, checked to point at its own characters in the page. */
const publishedValue = (html: string): string | undefined => {
  const p = published(html);
  if (p?.span) expect(html.slice(p.span.start, p.span.end)).toMatch(/\d/);
  return p?.value;
};

describe('publication date of a page without plain metadata', () => {
  it('reads JSON-LD wrapped in CDATA, and datePublished of any type or in broken JSON', () => {
    expect(publishedValue('<script type="application/ld+json"><![CDATA[ {"@type":"NewsArticle","datePublished":"2015-10-15T02:19:15Z"} ]]></script>')).toBe('2015-10-15T02:19:15Z');
    expect(publishedValue('<script type="application/ld+json">{"@type":"Thing","datePublished":"2020-10-26T18:10:00+01:00"}</script>')).toBe('2020-10-26T18:10:00+01:00');
    const broken = '<script type="application/ld+json">{"@type":"NewsArticle", "datePublished": "2020-07-13T01:10:40+09:00", }</script>';
    const p = published(broken)!;
    expect(p.value).toBe('2020-07-13T01:10:40+09:00');
    expect(broken.slice(p.span!.start, p.span!.end)).toBe('2020-07-13T01:10:40+09:00');
  });

  it('prefers datePublished to dateCreated, and the article meta tag to an untyped dateCreated', () => {
    const html = `<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">
      <script type="application/ld+json">{"@type":"NewsArticle","dateCreated":"2017-02-24T01:18:13Z"}</script>`;
    expect(publishedValue(html)).toBe('2017-02-23T17:18:13-08:00');
  });

  it('reads loosely written meta values to the day', () => {
    expect(publishedValue('<meta name="date" content="2020/10/04 15:05:21">')).toBe('2020-10-04');
    expect(publishedValue('<meta name="dc.date.created" content="2020-08-25|00h23">')).toBe('2020-08-25');
  });

  it('reads microdata datePublished on any element', () => {
    expect(publishedValue('<body><span itemprop="datePublished" content="2020-05-01">May 1</span></body>')).toBe('2020-05-01');
    expect(publishedValue('<body><div itemprop="datePublished">Posted 2 de julio de 2020</div></body>')).toBe('2020-07-02');
  });

  it('reads a compact date in the URL', () => {
    expect(publishedValue('<link rel="canonical" href="https://www.example.com/news/20200516/italy-tourism">')).toBe('2020-05-16');
  });

  it('reads the element the page marks as its date, the article one before one outside it', () => {
    const html = `<body><div class="top-date">Monday, 21 September 2020</div>
      <nav><span class="nav-date">22 septembrie 2020</span></nav>
      <article><h1>Title</h1><span class="entry-date">March 11, 2020</span><p>Text.</p></article></body>`;
    const p = published(html)!;
    expect(p.value).toBe('2020-03-11');
    expect(html.slice(p.span!.start, p.span!.end)).toBe('March 11, 2020');
    expect(publishedValue('<body><nav><span class="nav-date">22 septembrie 2020</span></nav><div class="post-date">12.06.2020</div></body>')).toBe('2020-06-12');
  });

  it('leaves out dates of comments, related stories and "updated" stamps', () => {
    expect(published('<body><article><p>Text</p><div class="comment-date">2020-06-01</div><span class="updated-date">2020-06-02</span></article></body>')).toBeUndefined();
    expect(published('<body><aside><span class="date">2020-06-01</span></aside><footer class="date">2020-06-03</footer></body>')).toBeUndefined();
  });

  it('reads an all-digit date month first on American English pages and day first elsewhere', () => {
    const page = (lang: string, url: string) => `<html lang="${lang}"><head><link rel="canonical" href="${url}"></head><body><span class="date">04/05/2020</span></body></html>`;
    expect(publishedValue(page('en', 'https://news.example.com/story'))).toBe('2020-04-05');
    expect(publishedValue(page('en', 'https://news.example.co.uk/story'))).toBe('2020-05-04');
    expect(publishedValue(page('fr', 'https://news.example.fr/story'))).toBe('2020-05-04');
  });
});
