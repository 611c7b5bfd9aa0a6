import { describe, expect, it } from 'vitest';
import { extractBody } from './body.js';
import { parseHtml } from './dom.js';
import { readHtmlMeta, urlDate } from './metadata.js';

const page = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Kim orders monument for troops | The Daily Example</title>
  <meta property="og:site_name" content="The Daily Example">
  <meta property="og:title" content="Kim orders monument for &quot;heroic&quot; troops">
  <meta property="article:published_time" content="2025-04-27T10:30:00+09:00">
  <link rel="canonical" href="https://example.com/world/2025/04/27/kim-monument">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kim orders a monument","datePublished":"2025-04-27T01:30:00Z","dateModified":"2025-04-28T09:55:00Z","author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"@type":"Organization","name":"Daily Example"}}</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World news and other sections of the site</a></nav>
  <article>
    <h1>Kim orders a monument</h1>
    <p>North Korea&rsquo;s leader,   Kim Jong-un, ordered a monument
       for the &ldquo;heroic&rdquo; soldiers &amp; officers.</p>
    <figure><img src="a.jpg"><figcaption>Training of North Korean soldiers. KCNA</figcaption></figure>
    <h2>Casualties</h2>
    <p>As many as 4,000 troops<br>have been killed or wounded.</p>
    <aside class="related"><p>Related: Pop star to perform in Pyongyang next month</p></aside>
  </article>
  <footer>Copyright The Daily Example, all rights reserved</footer>
</body>
</html>`;

describe('HTML body', () => {
  const body = extractBody(parseHtml(page), page);

  it('takes the article text, decodes entities and collapses whitespace', () => {
    expect(body.text).toBe(
      'Kim orders a monument\n\nNorth Korea’s leader, Kim Jong-un, ordered a monument for the “heroic” soldiers & officers.\n\nCasualties\n\nAs many as 4,000 troops\nhave been killed or wounded.',
    );
  });

  it('maps every piece of text back into the raw HTML', () => {
    const find = (s: string) => {
      const i = body.text.indexOf(s);
      return body.map.spanToSource({ start: i, end: i + s.length });
    };
    const slice = (s: { start: number; end: number }) => page.slice(s.start, s.end);
    expect(slice(find('As many as 4,000'))).toBe('As many as 4,000');
    expect(slice(find('’'))).toBe('&rsquo;');
    expect(slice(find('“heroic”'))).toBe('&ldquo;heroic&rdquo;');
    expect(slice(find('&'))).toBe('&amp;');
    expect(slice(find('leader, Kim'))).toBe('leader,   Kim');
  });

  it('marks headings and the title, and leaves page furniture out with messages', () => {
    expect(body.headings.map((h) => page.slice(h.start, h.end))).toEqual(['Kim orders a monument', 'Casualties']);
    expect(page.slice(body.title!.start, body.title!.end)).toBe('Kim orders a monument');
    expect(body.removed.map((r) => r.rule)).toEqual(['clean/caption', 'ingest/html-furniture']);
    expect(page.slice(body.removed[0]!.span.start, body.removed[0]!.span.end)).toBe('Training of North Korean soldiers. KCNA');
  });

  it('finds the article in a page without semantic elements', () => {
    const html = `<html><body><div id="menu"><a>Home</a><a>World</a></div><div class="x"><div>
      <p>${'The first paragraph of the story has enough words to count. '.repeat(3)}</p>
      <p>${'The second paragraph continues the story in more detail. '.repeat(3)}</p></div></div>
      <div class="y"><p>Short note.</p></div></body></html>`;
    const b = extractBody(parseHtml(html), html);
    expect(b.text).toMatch(/^The first paragraph/);
    expect(b.text).not.toContain('Home');
    expect(b.text).not.toContain('Short note');
  });

  it('takes a box of paragraphs far larger than any other as the article, among many teasers', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<div class="item__title"><p>Teaser ${i} for another story, with a line of words to read.</p></div>`).join('');
    const story = `<section><p>${'The story itself runs on for several long sentences here. '.repeat(6)}</p><p>${'And it goes on in a second paragraph of its own. '.repeat(6)}</p></section>`;
    const html = `<html><body><div class="feed">${teasers}</div>${story}</body></html>`;
    const b = extractBody(parseHtml(html), html);
    expect(b.text).toMatch(/^The story itself/);
    expect(b.text).not.toContain('Teaser');
    // two boxes of the same size: no box is the article, the page is read whole
    const even = `<html><body><div><p>${'One box of text that is long enough. '.repeat(5)}</p></div><div><p>${'Another box of text just as long. '.repeat(5)}</p></div></body></html>`;
    expect(extractBody(parseHtml(even), even).text).toContain('Another box');
  });

  it('never drops the element that says it holds the article, whatever its other classes', () => {
    const html = `<html><body><article class="content-well url-breadcrumb"><div class="ArticlePage-content paywall"><p>${'The reporting behind the paywall is the article. '.repeat(4)}</p></div><div class="paywall-prompt"><p>Subscribe to keep reading.</p></div></article></body></html>`;
    const b = extractBody(parseHtml(html), html);
    expect(b.text).toContain('The reporting behind the paywall is the article.');
    expect(b.text).not.toContain('Subscribe to keep reading');
  });

  it('keeps a wrapper around the article whatever its classes, and the article in it', () => {
    const story = `<p>${'The story inside an oddly named page wrapper goes on. '.repeat(25)}</p>`;
    const html = `<html><body><div class="site-advertisement-pusher"><main><article>${story}</article></main></div><div class="ad-slot"><p>Buy now.</p></div></body></html>`;
    const b = extractBody(parseHtml(html), html);
    expect(b.text).toContain('The story inside an oddly named page wrapper');
    expect(b.text).not.toContain('Buy now');
  });

  it('reads paragraphs written as text between <br>s in a <div>', () => {
    const prose = 'The council voted on Tuesday to close the old bridge. Repairs will take two years.';
    const html = `<html><body><ul><li><a>Home</a></li><li><a>World</a></li><li><a>Sport</a></li></ul><div class="story-wrap"><div>${prose}<br><br>${prose}<br><br>${prose}</div></div><div class="links"><a>About us</a> <a>Contact</a></div></body></html>`;
    const b = extractBody(parseHtml(html), html);
    expect(b.text).toMatch(/^The council voted/);
    expect(b.text).not.toContain('Home');
    expect(b.text).not.toContain('About us');
  });

  it('leaves out screen-reader text, galleries, captions, trending lists and footers named in camelCase, and keeps text a toggle hides', () => {
    const para = `<p>${'The article text itself, long enough to be the article. '.repeat(5)}</p>`;
    const html = `<html><body><article>${para}<span class="sr-only">Back to Gallery</span><div class="more hidden"><p>The rest of the story behind a toggle.</p></div><div class="asset_gallery"><p>Image 1 of 8</p></div><div class="caption"><p>A man loads trims into a truck.</p></div><div class="trending_articles"><p>Most Popular Articles</p></div><div class="ArticlePage-contentFooter"><p>More from the paper</p></div>${para}</article></body></html>`;
    const b = extractBody(parseHtml(html), html);
    expect(b.text).toContain('The article text itself');
    for (const left of ['Back to Gallery', 'Image 1 of 8', 'loads trims', 'Most Popular', 'More from the paper']) expect(b.text).not.toContain(left);
    expect(b.text).toContain('The rest of the story behind a toggle.');
  });

  it('returns no text for a page with no article', () => {
    const html = '<html><head><title>Empty</title></head><body><nav>Home</nav><script>var x = 1;</script></body></html>';
    expect(extractBody(parseHtml(html), html).text).toBe('');
  });
});

describe('HTML metadata', () => {
  const { meta } = readHtmlMeta(parseHtml(page), page);

  it('prefers JSON-LD, then Open Graph and meta tags', () => {
    expect(meta.title).toMatchObject({ value: 'Kim orders a monument', basis: 'html-meta' });
    expect(meta.outlet?.value).toBe('Daily Example');
    expect(meta.byline?.value).toBe('Jane Doe');
    expect(meta.url?.value).toBe('https://example.com/world/2025/04/27/kim-monument');
    expect(meta.language?.value).toBe('en');
    expect(meta.published).toMatchObject({ value: '2025-04-27T01:30:00Z', basis: 'html-meta' });
    expect(meta.updated?.value).toBe('2025-04-28T09:55:00Z');
  });

  it('records where in the page each value was read', () => {
    const span = meta.published!.span!;
    expect(page.slice(span.start, span.end)).toBe('2025-04-27T01:30:00Z');
    const url = meta.url!.span!;
    expect(page.slice(url.start, url.end)).toBe('https://example.com/world/2025/04/27/kim-monument');
  });

  it('falls back to meta tags, <time>, the URL and <title>', () => {
    const html = `<html><head><title>Seoul says 600 killed - Example News</title>
      <meta property="article:published_time" content="2025-08-15T08:00:00+09:00"></head><body><p>x</p></body></html>`;
    const m = readHtmlMeta(parseHtml(html), html).meta;
    expect(m.title?.value).toBe('Seoul says 600 killed');
    expect(m.published).toMatchObject({ value: '2025-08-15T08:00:00+09:00', zone: '+09:00' });
    const timeOnly = '<html><body><article><time datetime="2025-10-23">Oct 23</time><p>x</p></article></body></html>';
    expect(readHtmlMeta(parseHtml(timeOnly), timeOnly).meta.published?.value).toBe('2025-10-23');
    expect(urlDate('https://example.com/news/2025/10/23/story.html')).toEqual({ value: '2025-10-23', basis: 'url' });
    expect(urlDate('https://example.com/news/story-12345')).toBeUndefined();
  });

  it("takes the title in Readability's order: Dublin Core, then Open Graph; a property= over a name=; several properties in one attribute", () => {
    const order = '<html><head><meta name="og:title" content="OG name"><meta name="DC.title" content="DC name"><meta property="dc:title" content="DC property"><meta property="og:title" content="OG property"></head><body></body></html>';
    expect(readHtmlMeta(parseHtml(order), order).meta.title?.value).toBe('DC property');
    const shared = '<html><head><title>Title element</title><meta property="x:title dc:title" content="Shared title"></head><body></body></html>';
    expect(readHtmlMeta(parseHtml(shared), shared).meta.title?.value).toBe('Shared title');
  });

  it("reads JSON-LD's name rather than a headline that is not the page's title", () => {
    const html = '<html><head><title>Hermitian matrix - Wikipedia</title><script type="application/ld+json">{"@type":"Article","name":"Hermitian matrix","headline":"matrix equal to its conjugate-transpose"}</script></head><body></body></html>';
    expect(readHtmlMeta(parseHtml(html), html).meta.title?.value).toBe('Hermitian matrix');
  });

  it('cuts the site off the page title, and keeps a short title whole', () => {
    const t = (title: string, body = '') => readHtmlMeta(parseHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`), '').meta.title?.value;
    expect(t('Get your frontend code covered | Code | Jane Roe')).toBe('Get your frontend code covered | Code');
    expect(t('Floods close the northern rail line – My website')).toBe('Floods close the northern rail line');
    expect(t('Apple - Wikipedia')).toBe('Apple - Wikipedia');
    expect(t('Outside the web: standalone binaries with a new compiler')).toBe('standalone binaries with a new compiler');
    expect(t('Outside the web: standalone binaries with a new compiler', '<h1>Outside the web: standalone binaries with a new compiler</h1>')).toBe('Outside the web: standalone binaries with a new compiler');
  });

  it('takes the outlet from the URL, with basis "url", where the page declares no site name', () => {
    const html = '<html><head><meta name="twitter:site" content="@dailyexample"><link rel="canonical" href="https://www.example.com/a/story"></head><body></body></html>';
    expect(readHtmlMeta(parseHtml(html), html).meta.outlet).toEqual({ value: 'example.com', basis: 'url' });
  });

  it('survives broken JSON-LD with a note', () => {
    const html = '<html><head><script type="application/ld+json">{"headline": </script></head><body></body></html>';
    expect(readHtmlMeta(parseHtml(html), html).notes).toEqual(['a JSON-LD block is not valid JSON; ignored']);
  });
});
