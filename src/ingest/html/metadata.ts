/**
 * Metadata of an HTML page, each field with its basis and, where it was read
 * from the page, its source span. Order of trust: JSON-LD, then <meta> and Open
 * Graph, then <time> elements, then date patterns in the URL; the page <title>
 * is the last resort for the title.
 */
import { z } from 'zod';
import type { DateField, DocMeta, Field } from '../../core/doc.js';
import { formatDateTime, parseDateTime, type DateTime } from '../../core/datetime.js';
import type { Span } from '../../core/span.js';
import { attr, attrValueSpan, elements, innerSpan, isText, childrenOf, textContent, type HtmlDocument, type HtmlElement } from './dom.js';
import { findLooseDate, type NumericOrder } from './loose-date.js';
import { isItempropDatePublished, itempropDate, jsonLdDatePublished, markedElementDate, sourced, type Sourced } from './page-date.js';

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|SatiricalArticle|AdvertiserContentArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|WebPage|ScholarlyArticle|TechArticle)$/;

const Named = z.union([z.string(), z.object({ name: z.union([z.string(), z.array(z.string())]).optional() }).loose()]);
const JsonLdArticle = z
  .object({
    '@type': z.union([z.string(), z.array(z.string())]).optional(),
    headline: z.string().optional(),
    name: z.string().optional(),
    datePublished: z.string().optional(),
    dateCreated: z.string().optional(),
    dateModified: z.string().optional(),
    author: z.union([Named, z.array(Named)]).optional(),
    publisher: Named.optional(),
    url: z.string().optional(),
    inLanguage: z.union([z.string(), z.object({ name: z.string().optional(), alternateName: z.string().optional() }).loose()]).optional(),
    mainEntityOfPage: z.union([z.string(), z.object({ '@id': z.string().optional() }).loose()]).optional(),
  })
  .loose();
type JsonLdArticle = z.infer<typeof JsonLdArticle>;

export interface HtmlMeta {
  meta: Partial<DocMeta>;
  /** problems worth telling the user (unparseable JSON-LD, …) */
  notes: string[];
}

export function readHtmlMeta(doc: HtmlDocument, source: string): HtmlMeta {
  const notes: string[] = [];
  const metas = new Map<string, Sourced>();
  const byProperty = new Set<string>();
  const ld: { article: JsonLdArticle; raw: string; offset: number }[] = [];
  let titleEl: HtmlElement | undefined;
  let htmlLang: Sourced | undefined;
  let canonical: Sourced | undefined;
  let relAuthor: string | undefined;
  let firstTime: Sourced | undefined;
  let publishedTime: Sourced | undefined;
  let itemprop: HtmlElement | undefined;
  let anyLdDate: Sourced | undefined;

  for (const el of elements(doc)) {
    if (!itemprop && isItempropDatePublished(el)) itemprop = el;
    switch (el.tagName) {
      case 'html': {
        const lang = attr(el, 'lang') ?? attr(el, 'xml:lang');
        if (lang) htmlLang = sourced(lang, attrValueSpan(el, attr(el, 'lang') ? 'lang' : 'xml:lang', source));
        break;
      }
      case 'title':
        titleEl ??= el;
        break;
      case 'meta': {
        const content = attr(el, 'content');
        if (content === undefined || content.trim() === '') break;
        const property = attr(el, 'property');
        const names = property ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? attr(el, 'http-equiv');
        // "dc:title og:title": one element may name several properties; a property= wins over a name= of the same key
        for (const key of (names ?? '').split(/\s+/).filter(Boolean).map(metaKey)) {
          if (metas.has(key) && (property === undefined || byProperty.has(key))) continue;
          metas.set(key, sourced(content.trim(), attrValueSpan(el, 'content', source)));
          if (property !== undefined) byProperty.add(key);
        }
        break;
      }
      case 'link': {
        const rel = attr(el, 'rel')?.toLowerCase().split(/\s+/) ?? [];
        const href = attr(el, 'href');
        if (href && rel.includes('canonical')) canonical ??= sourced(href, attrValueSpan(el, 'href', source));
        break;
      }
      case 'a':
        if (!relAuthor && (attr(el, 'rel') ?? '').split(/\s+/).includes('author')) relAuthor = textContent(el) || undefined;
        break;
      case 'time': {
        const dt = attr(el, 'datetime');
        if (!dt) break;
        const s = sourced(dt, attrValueSpan(el, 'datetime', source));
        firstTime ??= s;
        if (!publishedTime && (attr(el, 'pubdate') !== undefined || /datePublished/i.test(attr(el, 'itemprop') ?? ''))) publishedTime = s;
        break;
      }
      case 'script': {
        if (!/ld\+json/i.test(attr(el, 'type') ?? '')) break;
        const textNode = childrenOf(el).find(isText);
        const span = innerSpan(el);
        if (!textNode || !span) break;
        anyLdDate ??= jsonLdDatePublished(source.slice(span.start, span.end), span.start);
        try {
          for (const obj of flattenJsonLd(JSON.parse(unwrapScript(textNode.value)))) {
            const parsed = JsonLdArticle.safeParse(obj);
            if (parsed.success && typesOf(parsed.data).some((t) => ARTICLE_TYPES.test(t))) ld.push({ article: parsed.data, raw: source.slice(span.start, span.end), offset: span.start });
          }
        } catch {
          notes.push('a JSON-LD block is not valid JSON; ignored');
        }
        break;
      }
    }
  }

  // JSON-LD: prefer a news article over a generic web page
  ld.sort((a, b) => rank(a.article) - rank(b.article));
  const inLd = (pick: (a: JsonLdArticle) => string | undefined): Sourced | undefined => {
    for (const { article, raw, offset } of ld) {
      const value = pick(article)?.trim();
      if (!value) continue;
      const at = raw.indexOf(JSON.stringify(value).slice(1, -1));
      return sourced(value, at >= 0 ? { start: offset + at, end: offset + at + JSON.stringify(value).length - 2 } : undefined);
    }
    return undefined;
  };
  const fromMeta = (...keys: string[]): Sourced | undefined => {
    for (const k of keys) {
      const v = metas.get(k);
      if (v) return v;
    }
    return undefined;
  };

  const meta: Partial<DocMeta> = {};
  // the name the page declares for its site; else the outlet is the host name, with basis "url"
  const siteName = inLd((a) => nameOf(a.publisher)) ?? fromMeta('og:site_name');
  if (siteName) meta.outlet = field(siteName.value.replace(/^@/, ''), siteName.span);

  const canonicalUrl = canonical ?? fromMeta('og:url', 'twitter:url') ?? inLd((a) => a.url ?? idOf(a.mainEntityOfPage));
  if (canonicalUrl && /^https?:\/\//i.test(canonicalUrl.value)) {
    meta.url = field(canonicalUrl.value, canonicalUrl.span);
    if (!meta.outlet) meta.outlet = { value: new URL(canonicalUrl.value).hostname.replace(/^www\./, ''), basis: 'url' };
  }

  // Readability's order: the formal Dublin Core title before Open Graph's and Twitter's
  const pageTitle = titleEl ? textContent(titleEl).trim() : '';
  const title = inLd((a) => headlineOf(a, pageTitle)) ?? fromMeta('dc:title', 'dcterm:title', 'dcterms:title', 'og:title', 'weibo:article:title', 'weibo:webpage:title', 'title', 'twitter:title', 'parsely:title', 'headline');
  if (title) meta.title = field(title.value, title.span);
  else if (titleEl) {
    const text = titleOfPage(pageTitle, meta.outlet?.value, headingsOf(doc));
    const span = innerSpan(titleEl);
    if (text) meta.title = field(text, span);
  }

  const author = inLd((a) => authorsOf(a.author)) ?? fromMeta('author', 'article:author', 'byl', 'dc:creator', 'dcterm:creator', 'parsely:author', 'sailthru.author');
  if (author && !/^https?:\/\//i.test(author.value)) meta.byline = field(author.value.replace(/^by\s+/i, ''), author.span);
  else if (relAuthor) meta.byline = { value: relAuthor, basis: 'html-meta' };

  const language = htmlLang ?? fromMeta('content-language', 'og:locale', 'language', 'dc:language');
  if (language) meta.language = field(language.value.replace('_', '-').split('-')[0]!.toLowerCase(), language.span);

  const published =
    date(inLd((a) => a.datePublished), 'html-meta') ??
    date(fromMeta('article:published_time', 'og:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'datecreated', 'publication_date', 'pub_date', 'citation_publication_date', 'originalpublicationdate', 'rnews:datepublished', 'dc:date.created', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc:date', 'dc:date.issued', 'dcterms:created', 'dcterms:issued', 'sailthru.date', 'parsely:pub-date', 'published_time', 'release_date'), 'html-meta') ??
    date(itemprop && itempropDate(itemprop, source, numericOrder(meta)), 'html-meta') ??
    date(anyLdDate, 'html-meta') ??
    date(inLd((a) => a.dateCreated), 'html-meta') ??
    date(publishedTime ?? firstTime, 'html-meta') ??
    urlDate(meta.url?.value) ??
    date(markedElementDate(doc, source, numericOrder(meta)), 'html-meta');
  if (published) meta.published = published;
  const updated = date(inLd((a) => a.dateModified) ?? fromMeta('article:modified_time', 'og:updated_time', 'datemodified', 'dcterms:modified', 'last-modified', 'article:updated', 'modified_time'), 'html-meta');
  if (updated) meta.updated = updated;

  return { meta, notes };
}

function field(value: string, span: Span | undefined): Field {
  return span ? { value, basis: 'html-meta', span } : { value, basis: 'html-meta' };
}

/** A date read from the page; a value that is not ISO or RFC 2822 gives its leading date ("2020/10/04 15:05:21"). */
function date(s: Sourced | undefined, basis: 'html-meta'): DateField | undefined {
  if (!s) return undefined;
  const dt = parseDateTime(s.value) ?? leadingDate(s.value);
  if (!dt) return undefined;
  const out: DateField = { value: formatDateTime(dt), basis };
  return {
    ...out,
    ...(s.span ? { span: s.span } : {}),
    ...(dt.zone ? { zone: dt.zone } : {}),
  };
}

function leadingDate(value: string): DateTime | null {
  const found = findLooseDate(value);
  return found && found.index === 0 ? { date: found.date } : null;
}

/** All-digit dates on English pages are month first unless the site is British, Irish or Commonwealth. */
function numericOrder(meta: Partial<DocMeta>): NumericOrder {
  if (meta.language?.value !== 'en') return 'dmy';
  const host = meta.url ? new URL(meta.url.value).hostname : '';
  return /\.(?:uk|ie|au|nz|in|za|ng|ke|pk|sg)$/.test(host) ? 'dmy' : 'mdy';
}

/** A date in the URL path: /2025/04/27/, /2025-04-27/ or /20250427/. */
export function urlDate(url: string | undefined): DateField | undefined {
  if (!url) return undefined;
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(url) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/-]|$)/.exec(url);
  if (!m) return undefined;
  const dt = parseDateTime(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  return dt ? { value: formatDateTime(dt), basis: 'url' } : undefined;
}

/** Pages wrap JSON-LD in CDATA or comment markers that JSON does not allow. */
function unwrapScript(text: string): string {
  return text.replace(/^\s*(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\]\]>|-->)\s*$/, '');
}

function flattenJsonLd(data: unknown): unknown[] {
  const out: unknown[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      out.push(x);
      const graph = (x as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
    }
  };
  visit(data);
  return out;
}

function typesOf(a: JsonLdArticle): string[] {
  const t = a['@type'];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

function rank(a: JsonLdArticle): number {
  const types = typesOf(a);
  return types.some((t) => /NewsArticle|Reportage|Analysis/.test(t)) ? 0 : types.some((t) => t === 'WebPage') ? 2 : 1;
}

function nameOf(x: z.infer<typeof Named> | undefined): string | undefined {
  if (x === undefined) return undefined;
  if (typeof x === 'string') return x;
  return Array.isArray(x.name) ? x.name[0] : x.name;
}

function authorsOf(x: JsonLdArticle['author']): string | undefined {
  if (x === undefined) return undefined;
  const names = (Array.isArray(x) ? x : [x]).map(nameOf).filter((n): n is string => !!n && !/^https?:/.test(n));
  return names.length > 0 ? names.join(', ') : undefined;
}

function idOf(x: JsonLdArticle['mainEntityOfPage']): string | undefined {
  return typeof x === 'string' ? x : x?.['@id'];
}

/** A meta key in one spelling: lower case, "DC.title" and "dc:title" alike, "parsely-author" as "parsely:author". */
function metaKey(name: string): string {
  return name.toLowerCase().replace(/^(dc|dcterms?|og|twitter|parsely|weibo|article)[-.:]/, '$1:');
}

/**
 * JSON-LD's title, as Readability reads it: where "name" and "headline"
 * differ, the headline only if it is the page's <title> and the name is not
 * (Wikipedia puts a description in "headline"; some sites their own name in
 * "name").
 */
function headlineOf(a: JsonLdArticle, pageTitle: string): string | undefined {
  if (a.name && a.headline && a.name !== a.headline) return similarity(a.headline, pageTitle) > 0.75 && similarity(a.name, pageTitle) <= 0.75 ? a.headline : a.name;
  return a.headline ?? a.name;
}

/** How much of `b`'s wording `a` shares: 1 less the share of `b`'s text in words `a` lacks. */
function similarity(a: string, b: string): number {
  const tokens = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const inA = new Set(tokens(a));
  const tb = tokens(b);
  if (tb.length === 0) return 0;
  const missing = tb.filter((t) => !inA.has(t));
  return 1 - missing.join(' ').length / tb.join(' ').length;
}

function headingsOf(doc: HtmlDocument): string[] {
  const out: string[] = [];
  for (const el of elements(doc)) if (el.tagName === 'h1' || el.tagName === 'h2') out.push(textContent(el).trim());
  return out;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const SEPARATORS = '|-–—\\/>»';
const HIERARCHICAL = '\\/>»';

/** Indexes of separator characters with a space on each side ("Story | Site"), in order. */
function separatorsIn(title: string, set: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < title.length - 1; i++) if (set.includes(title[i]!) && title[i - 1] === ' ' && title[i + 1] === ' ') out.push(i);
  return out;
}

/**
 * The article's title from the page's <title>, as Readability reads it: the
 * site's part after the last separator cut off ("Story | Site"), or before the
 * first where that leaves too little; after a colon, the part after it unless
 * a heading repeats the whole; a title of four words or fewer stays whole
 * unless what was cut off is a short site name. A last part that names the
 * site is cut off whatever its length.
 */
function titleOfPage(title: string, site: string | undefined, headings: readonly string[]): string {
  const whole = title.split(/\s+/).filter(Boolean).join(' ');
  const seps = separatorsIn(whole, SEPARATORS);
  const last = seps[seps.length - 1];
  if (last !== undefined && site && whole.slice(last + 2).toLowerCase().includes(site.toLowerCase().slice(0, 6))) return whole.slice(0, last).trim();
  let cut = whole;
  if (last !== undefined) {
    cut = whole.slice(0, last);
    if (words(cut) < 3) {
      const first = [...whole].findIndex((c) => SEPARATORS.includes(c));
      cut = whole.slice(first + 1);
    }
  } else if (whole.includes(': ') && !headings.includes(whole)) {
    cut = whole.slice(whole.lastIndexOf(':') + 1);
    if (words(cut) < 3) cut = whole.slice(whole.indexOf(':') + 1);
    else if (words(whole.slice(0, whole.indexOf(':'))) > 5) cut = whole;
  }
  cut = cut.trim();
  const n = words(cut);
  const hierarchical = separatorsIn(whole, HIERARCHICAL).length > 0;
  const wholeWords = whole.split(/\s+/).filter((w) => w !== '' && ![...w].every((c) => SEPARATORS.includes(c))).length;
  // a short title stays whole ("Apple - Wikipedia"), unless what was cut is a short site name after four words or more
  const siteLike = last !== undefined && words(whole.slice(last + 1)) <= 4 && n >= 4;
  if (n <= 4 && (!hierarchical || n !== wholeWords - 1) && !siteLike) return whole;
  return cut;
}
