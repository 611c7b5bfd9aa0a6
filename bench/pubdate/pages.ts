/**
 * The two sets of web pages with a known publication date: htmldate's Media
 * Cloud 2020 set (`articles/dates/`, a null date where the page has none) and
 * Mozilla Readability's test pages (`articles/readability-pages/`, only the
 * pages whose expected metadata gives a published time).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface DatedPage {
  readonly id: string;
  readonly file: string;
  readonly url: string | undefined;
  /** YYYY-MM-DD, or null where the page has no date */
  readonly date: string | null;
}

const Truth = z.record(z.string(), z.object({ file: z.string(), date: z.string().nullable() }));

export function readHtmldatePages(root: string): DatedPage[] {
  const truth = Truth.parse(JSON.parse(readFileSync(path.join(root, 'truth.json'), 'utf8')));
  return Object.entries(truth).map(([url, t]) => ({ id: t.file, file: path.join(root, 'html', t.file), url, date: t.date }));
}

const ExpectedMetadata = z.object({ publishedTime: z.string().nullable().optional() }).loose();

export function readReadabilityPages(root: string): DatedPage[] {
  const out: DatedPage[] = [];
  for (const id of readdirSync(root).sort()) {
    const meta = path.join(root, id, 'expected-metadata.json');
    if (!existsSync(meta)) continue;
    const published = ExpectedMetadata.parse(JSON.parse(readFileSync(meta, 'utf8'))).publishedTime;
    if (published) out.push({ id, file: path.join(root, id, 'source.html'), url: undefined, date: published.slice(0, 10) });
  }
  return out;
}
