/**
 * The article-extraction-benchmark pages (`articles/aeb/`): each page's HTML
 * (gzipped), the gold article body, and the bodies the published tools gave
 * for the same pages (`published-outputs/NAME.json`, same shape as the gold).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';

const Bodies = z.record(z.string(), z.object({ articleBody: z.string().nullable().optional(), url: z.string().optional() }).loose());

export interface AebPage {
  readonly id: string;
  readonly url: string;
  readonly html: string;
  readonly body: string;
}

export function readAebPages(root: string): AebPage[] {
  const truth = Bodies.parse(JSON.parse(readFileSync(path.join(root, 'ground-truth.json'), 'utf8')));
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, t]) => ({ id, url: t.url ?? '', html: gunzipSync(readFileSync(path.join(root, 'html', `${id}.html.gz`))).toString('utf8'), body: t.articleBody ?? '' }));
}

/** The published tools' bodies, by tool name. */
export function readPublishedOutputs(root: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const file of readdirSync(path.join(root, 'published-outputs')).filter((f) => f.endsWith('.json')).sort()) {
    const bodies = Bodies.parse(JSON.parse(readFileSync(path.join(root, 'published-outputs', file), 'utf8')));
    out.set(file.replace(/\.json$/, ''), new Map(Object.entries(bodies).map(([id, b]) => [id, b.articleBody ?? ''])));
  }
  return out;
}
