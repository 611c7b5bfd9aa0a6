/**
 * `tally fetch`: a list of URLs (a feed's URL standing for its items' links)
 * → saved pages in a folder, with a
 * `sources.json` beside them that `tally analyze` reads as its manifest (each
 * page's URL) and that is also the fetch cache: a URL already saved is not
 * fetched again, and with `refresh` it is asked for only if it changed (ETag,
 * Last-Modified). Pages and the manifest are written atomically, the manifest
 * every few pages, so an interrupted run keeps what it saved.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../report/atomic-write.js';
import { feedLinks, looksLikeFeed } from '../containers/feed.js';
import { DEFAULT_FETCH_SETTINGS, PoliteFetcher, type FetchSettings } from './polite-fetcher.js';

export const MANIFEST_FILE = 'sources.json';

const SavedSchema = z.object({
  file: z.string(),
  url: z.string(),
  requested: z.string(),
  fetched: z.string(),
  etag: z.string().optional(),
  last_modified: z.string().optional(),
});
type Saved = z.infer<typeof SavedSchema>;
const ManifestSchema = z.object({ documents: z.array(z.unknown()) });

export interface PageResult {
  readonly url: string;
  /** `feed`: the URL was a feed, whose items' links were fetched in its place */
  readonly status: 'fetched' | 'cached' | 'unchanged' | 'feed' | 'failed';
  readonly file?: string;
  /** for a feed: how many of its links were new to this run */
  readonly links?: number;
  readonly rule?: string;
  readonly reason?: string;
}

export interface FetchPagesOptions {
  readonly out: string;
  readonly settings?: Partial<FetchSettings>;
  /** ask again for pages already saved (conditionally) */
  readonly refresh?: boolean;
  /** requests in flight at once, across hosts (one host is always served one at a time) */
  readonly concurrency?: number;
  readonly onResult?: (r: PageResult) => void;
}

const SAVE_EVERY = 25;

export async function fetchPages(urls: readonly string[], options: FetchPagesOptions): Promise<PageResult[]> {
  const fetcher = new PoliteFetcher({ ...DEFAULT_FETCH_SETTINGS, ...options.settings });
  const saved = await readSaved(options.out);
  const byRequest = new Map(saved.map((s) => [s.requested, s]));
  // feeds add their links to the list as they are read
  const list = [...urls];
  const queued = new Set(list);
  const results: PageResult[] = [];
  let unsaved = 0;
  const save = async () => {
    unsaved = 0;
    await writeFileAtomic(path.join(options.out, MANIFEST_FILE), `${JSON.stringify({ fetched_by: 'tally fetch', documents: [...byRequest.values()] }, null, 2)}\n`);
  };
  const one = async (url: string): Promise<PageResult> => {
    const known = byRequest.get(url);
    const present = known ? await stat(path.join(options.out, known.file)).then(() => true, () => false) : false;
    if (known && present && !options.refresh) return { url, status: 'cached', file: known.file };
    const outcome = await fetcher.get(url, known && present ? { ...(known.etag ? { etag: known.etag } : {}), ...(known.last_modified ? { lastModified: known.last_modified } : {}) } : {});
    if (!outcome.ok) return { url, status: 'failed', rule: outcome.rule, reason: outcome.reason };
    if (outcome.status === 304) return { url, status: 'unchanged', file: known!.file };
    const type = contentTypeOf(outcome.contentType);
    if (FEED_TYPES.has(type) || ((XML_TYPES.has(type) || HTML_TYPES.has(type)) && looksLikeFeed(outcome.bytes))) {
      // a feed stands for its articles: they are fetched, the feed itself is not kept (it would repeat them as summaries)
      const feed = feedLinks(outcome.bytes);
      if ('rule' in feed) return { url, status: 'failed', rule: feed.rule, reason: feed.reason };
      const fresh = feed.links.map((l) => new URL(l, outcome.finalUrl).href).filter((l) => !queued.has(l));
      for (const l of fresh) {
        queued.add(l);
        list.push(l);
      }
      return { url, status: 'feed', links: fresh.length };
    }
    if (!HTML_TYPES.has(type)) return { url, status: 'failed', rule: 'fetch/not-a-page', reason: `not a web page or feed: ${outcome.contentType || 'no Content-Type'}` };
    const file = known?.file ?? fileNameFor(outcome.finalUrl);
    await writeFileAtomic(path.join(options.out, file), outcome.bytes);
    byRequest.set(url, {
      file, url: outcome.finalUrl, requested: url, fetched: new Date().toISOString(),
      ...(outcome.etag ? { etag: outcome.etag } : {}), ...(outcome.lastModified ? { last_modified: outcome.lastModified } : {}),
    });
    if (++unsaved >= SAVE_EVERY) await save();
    return { url, status: 'fetched', file };
  };
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const i = next++;
      const result = await one(list[i]!);
      results[i] = result;
      options.onResult?.(result);
    }
  };
  // a worker that finds the list done while a feed is still being read by another stops early; run again until all are taken
  while (next < list.length) await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 8) }, worker));
  await save();
  return results;
}

async function readSaved(out: string): Promise<Saved[]> {
  const text = await readFile(path.join(out, MANIFEST_FILE), 'utf8').catch(() => null);
  if (text === null) return [];
  try {
    const docs = ManifestSchema.parse(JSON.parse(text)).documents;
    return docs.flatMap((d) => {
      const s = SavedSchema.safeParse(d);
      return s.success ? [s.data] : [];
    });
  } catch {
    return [];
  }
}

/** A page is HTML (a server that names no type is taken at its word that it is); a feed is RSS, Atom or XML that reads as one. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml']);
const XML_TYPES = new Set(['application/xml', 'text/xml']);

function contentTypeOf(header: string): string {
  return header.split(';')[0]!.trim().toLowerCase();
}

/** "https://news.example/world/2025/04/kursk-troops?x=1" → "news.example-world-2025-04-kursk-troops-1a2b3c4d.html". */
export function fileNameFor(url: string): string {
  const u = new URL(url);
  const slug = `${u.hostname}${u.pathname}`.toLowerCase().replace(/\.(?:s?html?|php|aspx?)$/, '').replace(/[^a-z0-9]+/g, '-').slice(0, 80).replace(/^-/, '').replace(/-$/, '');
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 8);
  return `${slug || 'page'}-${hash}.html`;
}
