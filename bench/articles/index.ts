/**
 * `npm run bench -- articles`: the article body of web pages on the
 * article-extraction-benchmark pages, Tally beside Readability.js run here and
 * the published outputs of other extractors scored by the same code, and Tally's speed beside
 * Readability.js (on jsdom) on the same pages in the same run. The
 * publication-date part of the articles benchmark is `npm run bench -- pubdate`.
 * Then the metadata checks of Readability's test pages, Tally beside
 * Readability.js. Options: --worst N (Tally's N lowest-scoring pages),
 * --meta-misses (Tally's failed metadata checks).
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { clean } from '../../src/clean/clean.js';
import { defaultCleaners } from '../../src/clean/index.js';
import { createDoc } from '../../src/core/doc.js';
import { extractBody } from '../../src/ingest/html/body.js';
import { parseHtml } from '../../src/ingest/html/dom.js';
import type { Benchmark } from '../registry.js';
import { benchData, formatTable } from '../data.js';
import { readAebPages, readPublishedOutputs, type AebPage } from './aeb.js';
import { checks, FIELDS, fieldMatches, readabilityMeta, readMetaPages, tallyMeta, type MetaField, type PageMeta } from './readability-pages.js';
import { scoreBodies } from './scorer.js';

export const articles: Benchmark = {
  name: 'articles',
  description: 'article bodies of web pages (article-extraction-benchmark), beside Readability.js and the published outputs of other extractors',
  run,
};

/** Tally's article text of a page: the body it selects, through its cleaning rules. */
export function tallyBody(page: AebPage): string {
  const tree = parseHtml(page.html);
  const body = extractBody(tree, page.html);
  const doc = createDoc({ id: page.id, input: `${page.id}.html`, kind: 'html', sha256: '', encoding: 'utf-8', source: page.html, text: body.text, map: body.map });
  clean(doc, defaultCleaners);
  return doc.text;
}

/** Readability.js on jsdom; style sheets are left out, since jsdom's CSS parser throws on some pages' styles and Readability reads none. */
function readabilityBody(page: AebPage): string {
  const html = page.html.replace(/<style\b[\s\S]*?<\/style>/gi, '').replace(/\sstyle=("[^"]*"|'[^']*')/gi, '');
  let dom: JSDOM | undefined;
  try {
    dom = new JSDOM(html, { ...(page.url ? { url: page.url } : {}), virtualConsole: new VirtualConsole() });
    return new Readability(dom.window.document).parse()?.textContent ?? '';
  } catch {
    return '';
  } finally {
    dom?.window.close();
  }
}

async function run(args: readonly string[]): Promise<void> {
  const root = benchData('articles', 'aeb');
  const pages = readAebPages(root);
  const published = readPublishedOutputs(root);
  console.log(`article-extraction-benchmark: ${pages.length} pages with a gold body; the published tool outputs scored by the same code.`);

  const start = performance.now();
  const tally = pages.map((p) => ({ page: p, predicted: tallyBody(p) }));
  const tallySeconds = (performance.now() - start) / 1000;
  const rStart = performance.now();
  const readability = pages.map((p) => readabilityBody(p));
  const readabilitySeconds = (performance.now() - rStart) / 1000;

  const rows: { name: string; s: ReturnType<typeof scoreBodies> }[] = [
    { name: 'Tally', s: scoreBodies(tally.map((t) => ({ gold: t.page.body, predicted: t.predicted }))) },
    { name: 'Readability.js 0.6.0 on jsdom (run here)', s: scoreBodies(pages.map((p, i) => ({ gold: p.body, predicted: readability[i]! }))) },
  ];
  const missing: string[] = [];
  for (const [name, bodies] of published) {
    // some published outputs are empty in this copy of the benchmark: named, not scored as zero
    if (bodies.size === 0) missing.push(name);
    else rows.push({ name: `${name} (published)`, s: scoreBodies(pages.map((p) => ({ gold: p.body, predicted: bodies.get(p.id) ?? '' }))) });
  }
  rows.sort((a, b) => b.s.f - a.s.f);
  console.log(formatTable([['system', 'F1', 'precision', 'recall', 'exact'], ...rows.map((r) => [r.name, r.s.f.toFixed(3), r.s.p.toFixed(3), r.s.r.toFixed(3), r.s.exact])]));
  if (missing.length > 0) console.log(`\nPublished outputs empty in this copy, not scored: ${missing.join(', ')}.`);
  console.log(`\nSpeed on the same ${pages.length} pages, one core: Tally ${(pages.length / tallySeconds).toFixed(1)} pages/s; Readability.js 0.6.0 on jsdom ${(pages.length / readabilitySeconds).toFixed(1)} pages/s (ratio ${(readabilitySeconds / tallySeconds).toFixed(2)}×).`);
  console.log('Target: F1 ≥ 0.96 (published on the full 181 pages: Readability.js 0.947, trafilatura 0.958, best 0.970).');

  const metaPages = readMetaPages(benchData('articles', 'readability-pages'));
  const systems: [string, (html: string) => PageMeta][] = [['Tally', tallyMeta], ['Readability.js 0.6.0 on jsdom (run here)', readabilityMeta]];
  const metaRows: (string | number)[][] = [['system', ...FIELDS]];
  const misses: string[] = [];
  for (const [name, system] of systems) {
    const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<MetaField, number>;
    const total = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<MetaField, number>;
    let kept = new Set<MetaField>();
    for (const page of metaPages) {
      const got = system(page.html);
      kept = new Set(FIELDS.filter((f) => f in got));
      for (const f of kept) {
        if (!checks(f, page.expected)) continue;
        total[f]++;
        if (fieldMatches(f, page.expected[f], got[f])) right[f]++;
        else if (name === 'Tally' && args.includes('--meta-misses')) misses.push(`${page.id} ${f}: expected ${JSON.stringify(page.expected[f] ?? null)}, got ${JSON.stringify(got[f] ?? null)}`);
      }
    }
    metaRows.push([name, ...FIELDS.map((f) => (kept.has(f) ? `${right[f]} / ${total[f]}` : 'not kept'))]);
  }
  console.log(`\nReadability's test pages (articles/readability-pages), metadata checks passed (Tally's site name: the one the page declares, not one taken from the URL):`);
  console.log(formatTable(metaRows));
  console.log('Target: title and site name ≥ 125 of 130.');
  if (misses.length) console.log(misses.join('\n'));

  const worst = Number(args[args.indexOf('--worst') + 1] ?? 0);
  if (args.includes('--worst')) {
    const scored = tally.map((t) => ({ id: t.page.id, url: t.page.url, s: scoreBodies([{ gold: t.page.body, predicted: t.predicted }]) })).sort((a, b) => a.s.f - b.s.f);
    for (const w of scored.slice(0, worst || 10)) console.log(`${w.s.f.toFixed(2)} P ${w.s.p.toFixed(2)} R ${w.s.r.toFixed(2)} ${w.id.slice(0, 12)} ${w.url}`);
  }
}
