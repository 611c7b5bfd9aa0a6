/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → one entry per item (feedsmith parses
 * them). An entry's bytes are the item's HTML as the feed carries it (full
 * text when the feed has it, else its summary, marked as such), so its spans
 * point into that HTML; the item's link, title, author and dates come with it.
 */
import { parseFeed, type AtomFeed, type RdfFeed, type RssFeed } from 'feedsmith';
import { decode } from '../decode.js';
import type { ContainerMeta, EntryResult } from './container.js';

export const FEED_EXTENSIONS: ReadonlySet<string> = new Set(['.rss', '.atom', '.rdf', '.xml']);

/** Below this many characters of text an item is taken for a summary, not the article. */
const SUMMARY_CHARS = 600;

interface FeedItem {
  readonly link?: string | undefined;
  readonly title?: string | undefined;
  readonly byline?: string | undefined;
  readonly published?: string | undefined;
  readonly updated?: string | undefined;
  /** full text when the feed carries it, else the summary */
  readonly content?: string | undefined;
  readonly summary?: string | undefined;
  /** the content is plain text, not HTML */
  readonly plain?: boolean;
}

/** A feed's opening, whatever the file is called: its first element, after the XML declaration, comments and processing instructions. */
export function looksLikeFeed(bytes: Uint8Array): boolean {
  let head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  for (;;) {
    const close = head.startsWith('<?') ? '?>' : head.startsWith('<!--') ? '-->' : head.startsWith('<!DOCTYPE') ? '>' : null;
    if (!close) break;
    const end = head.indexOf(close);
    if (end < 0) return false;
    head = head.slice(end + close.length).trimStart();
  }
  return /^<(?:rss|feed|rdf:RDF)\b/.test(head);
}

/** A feed's items and its title, or why it cannot be read. */
function readFeed(bytes: Uint8Array): { items: FeedItem[]; outlet: string | undefined } | { rule: string; reason: string } {
  const decoded = decode(bytes);
  if (!decoded.ok) return { rule: decoded.rule, reason: decoded.reason };
  try {
    const parsed = parseFeed(decoded.text);
    if (parsed.format === 'rss') return { items: (parsed.feed.items ?? []).map(rssItem), outlet: parsed.feed.title };
    if (parsed.format === 'atom') return { items: (parsed.feed.entries ?? []).map(atomEntry), outlet: parsed.feed.title?.value };
    if (parsed.format === 'rdf') return { items: (parsed.feed.items ?? []).map(rdfItem), outlet: parsed.feed.title };
    return { rule: 'ingest/feed', reason: 'a JSON feed: give RSS or Atom' };
  } catch (e) {
    return { rule: 'ingest/feed', reason: `not a feed Tally can read: ${(e as Error).message}` };
  }
}

/** The links of a feed's items, for `tally fetch`. */
export function feedLinks(bytes: Uint8Array): { links: string[] } | { rule: string; reason: string } {
  const feed = readFeed(bytes);
  return 'rule' in feed ? feed : { links: feed.items.map((i) => i.link?.trim()).filter((l): l is string => !!l) };
}

export function feedEntries(input: string, bytes: Uint8Array): EntryResult[] {
  const feed = readFeed(bytes);
  if ('rule' in feed) return [{ ok: false, input, ...feed }];
  const { items, outlet } = feed;
  if (items.length === 0) return [{ ok: false, input, rule: 'ingest/feed', reason: 'the feed has no items' }];
  const names = new Set<string>();
  return items.map((item, i): EntryResult => {
    let name = `${input}#${item.link?.trim() || i + 1}`;
    if (names.has(name)) name = `${input}#${i + 1}`;
    names.add(name);
    const body = item.content ?? item.summary;
    if (!body?.trim()) return { ok: false, input: name, rule: 'ingest/feed-empty', reason: 'the feed item has no text; fetch its link with `tally fetch`' };
    const full = item.content !== undefined && textLength(item.content) >= SUMMARY_CHARS;
    const meta: ContainerMeta = {
      basis: 'feed',
      charset: 'utf-8',
      ...defined({ url: item.link, title: item.title, outlet, byline: item.byline, published: item.published, updated: item.updated }),
      ...(full ? {} : { note: { rule: 'ingest/feed-summary', reason: 'the feed carries only a summary of this item; fetch its link with `tally fetch` for the article' } }),
    };
    return { ok: true, entry: { input: name, ext: item.plain ? '.txt' : '.html', bytes: Buffer.from(body, 'utf8'), container: meta } };
  });
}

function rssItem(item: RssFeed.Item<string>): FeedItem {
  return {
    link: item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined),
    title: item.title,
    byline: item.dc?.creators?.join(', ') ?? item.authors?.map((a) => a.name).filter(Boolean).join(', '),
    published: item.pubDate ?? item.dc?.dates?.[0],
    content: item.content?.encoded,
    summary: item.description,
  };
}

function atomEntry(entry: AtomFeed.Entry<string>): FeedItem {
  const link = entry.links?.find((l) => (l.rel ?? 'alternate') === 'alternate')?.href ?? entry.links?.[0]?.href;
  const content = entry.content?.src ? undefined : entry.content?.value;
  return {
    link,
    title: entry.title?.value,
    byline: entry.authors?.map((a) => a.name).filter(Boolean).join(', '),
    published: entry.published ?? entry.dc?.dates?.[0],
    updated: entry.updated,
    content,
    summary: entry.summary?.value,
    plain: (content !== undefined ? entry.content?.type : entry.summary?.type) === 'text',
  };
}

function rdfItem(item: RdfFeed.Item<string>): FeedItem {
  return { link: item.link, title: item.title, byline: item.dc?.creators?.join(', '), published: item.dc?.dates?.[0], content: item.content?.encoded, summary: item.description };
}

/** Characters of text outside tags, runs of white space counted once. */
function textLength(html: string): number {
  let n = 0;
  let inTag = false;
  let space = true;
  for (const ch of html) {
    if (ch === '<') inTag = true;
    else if (ch === '>' && inTag) inTag = false;
    else if (!inTag) {
      const white = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';
      if (!white || !space) n++;
      space = white;
    }
  }
  return n;
}

function defined<T extends Record<string, string | undefined>>(o: T): { [K in keyof T]?: string } {
  const out: { [K in keyof T]?: string } = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v.trim() !== '') out[k as keyof T] = v.trim();
  return out;
}
