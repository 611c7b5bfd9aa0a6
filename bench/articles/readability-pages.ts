/**
 * The metadata checks of Mozilla Readability's test pages
 * (`articles/readability-pages/`, one folder per page with `source.html` and
 * `expected-metadata.json`): how many pages each system gets right, field by
 * field, compared as Readability's own tests compare them (the trimmed string,
 * a missing value equal to null). Tally's site name is the name the page
 * declares (JSON-LD publisher, og:site_name); an outlet Tally takes from the
 * URL (basis "url") is no declared name. Tally keeps no excerpt. A published
 * time is checked on the pages whose expected metadata give one (Readability
 * finds none on many pages that carry one).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { z } from 'zod';
import { parseHtml } from '../../src/ingest/html/dom.js';
import { readHtmlMeta } from '../../src/ingest/html/metadata.js';

export const FIELDS = ['title', 'byline', 'siteName', 'excerpt', 'publishedTime'] as const;
export type MetaField = (typeof FIELDS)[number];
export type PageMeta = Partial<Record<MetaField, string | null | undefined>>;

const Expected = z.object({ title: z.string().nullable().optional(), byline: z.string().nullable().optional(), siteName: z.string().nullable().optional(), excerpt: z.string().nullable().optional(), publishedTime: z.string().nullable().optional() }).loose();

export interface MetaPage {
  readonly id: string;
  readonly html: string;
  readonly expected: PageMeta;
}

export function readMetaPages(root: string): MetaPage[] {
  return readdirSync(root)
    .sort()
    .filter((id) => existsSync(path.join(root, id, 'expected-metadata.json')))
    .map((id) => ({ id, html: readFileSync(path.join(root, id, 'source.html'), 'utf8'), expected: Expected.parse(JSON.parse(readFileSync(path.join(root, id, 'expected-metadata.json'), 'utf8'))) }));
}

/** Tally's metadata of a page, in Readability's fields; undefined where Tally keeps no such field. */
export function tallyMeta(html: string): PageMeta {
  const { meta } = readHtmlMeta(parseHtml(html), html);
  return {
    title: meta.title?.value ?? null,
    byline: meta.byline?.value ?? null,
    siteName: meta.outlet && meta.outlet.basis !== 'url' ? meta.outlet.value : null,
    publishedTime: meta.published?.value ?? null,
  };
}

export function readabilityMeta(html: string): PageMeta {
  let dom: JSDOM | undefined;
  try {
    dom = new JSDOM(html.replace(/<style\b[\s\S]*?<\/style>/gi, ''), { url: 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() });
    const r = new Readability(dom.window.document).parse();
    return { title: r?.title ?? null, byline: r?.byline ?? null, siteName: r?.siteName ?? null, excerpt: r?.excerpt ?? null, publishedTime: r?.publishedTime ?? null };
  } catch {
    return { title: null, byline: null, siteName: null, excerpt: null, publishedTime: null };
  } finally {
    dom?.window.close();
  }
}

/** Whether a page's expected metadata check this field: every page, but a published time only where one is expected. */
export function checks(field: MetaField, expected: PageMeta): boolean {
  return field !== 'publishedTime' || !!expected.publishedTime;
}

/** Whether a field matches: the same trimmed text (null and "" alike); a published time at day precision. */
export function fieldMatches(field: MetaField, expected: string | null | undefined, got: string | null | undefined): boolean {
  const norm = (s: string | null | undefined) => (s ?? '').trim();
  if (field === 'publishedTime') return norm(expected).slice(0, 10) === norm(got).slice(0, 10);
  return norm(expected) === norm(got);
}
