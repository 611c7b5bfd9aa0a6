/**
 * `npm run bench -- pubdate`: the publication date of web pages, on
 * htmldate's evaluation pages and on Readability's test pages that carry a
 * published time, with Readability.js run on the same pages in the same run.
 * Options: --errors (list Tally's wrong and missing dates), --tally-only (skip
 * the reference, which takes most of the time).
 */
import type { Benchmark } from '../registry.js';
import { benchData, formatTable } from '../data.js';
import { readHtmldatePages, readReadabilityPages, type DatedPage } from './pages.js';
import { dateScores, emptyDateCounts, scoreDate } from './scorer.js';
import { readabilityDate, tallyDate, type DateSystem } from './systems.js';

export const pubdate: Benchmark = {
  name: 'pubdate',
  description: 'publication dates of web pages, beside Readability.js',
  run,
};

async function run(args: readonly string[]): Promise<void> {
  const sets: [string, DatedPage[]][] = [
    ['htmldate pages (articles/dates)', readHtmldatePages(benchData('articles', 'dates'))],
    ['Readability test pages with a published time', readReadabilityPages(benchData('articles', 'readability-pages'))],
  ];
  const systems: [string, DateSystem][] = [['Tally', tallyDate]];
  if (!args.includes('--tally-only')) systems.push(['Readability.js 0.6.0 publishedTime', readabilityDate]);
  const errors: string[] = [];
  for (const [setName, pages] of sets) {
    const undated = pages.filter((p) => p.date === null).length;
    console.log(`${setName}: ${pages.length} pages${undated ? `, ${undated} without a date` : ''}`);
    const rows: (string | number)[][] = [['system', 'accuracy', 'P / R / F1', 'right / wrong / missed / rightly none', 'ms']];
    if (setName.startsWith('htmldate')) rows.push(['htmldate (published, its 1,000-page set, thorough / fast)', '–', '– / – / 0.949 / 0.925', '–', '–']);
    for (const [label, system] of systems) {
      const counts = emptyDateCounts();
      const start = performance.now();
      for (const page of pages) {
        const predicted = await system(page);
        const outcome = scoreDate(page.date, predicted, counts);
        if (label === 'Tally' && (outcome === 'fp' || outcome === 'fn')) errors.push(`${outcome === 'fp' ? 'wrong ' : 'missed'} ${page.id} gold ${page.date} got ${predicted}  ${page.url ?? ''}`);
      }
      const s = dateScores(counts);
      rows.push([label, s.accuracy.toFixed(3), `${s.p.toFixed(3)} / ${s.r.toFixed(3)} / ${s.f.toFixed(3)}`, `${counts.tp} / ${counts.fp} / ${counts.fn} / ${counts.tn}`, Math.round(performance.now() - start)]);
    }
    console.log(`${formatTable(rows)}\n`);
  }
  console.log('Target: F1 ≥ 0.93 on the htmldate pages. A date counts at day precision as the page writes it; the gold of that set follows its own time zone in a few pages, so a date just after midnight can be a day off.');
  if (args.includes('--errors')) console.log(`\nTally's errors (${errors.length}):\n${errors.join('\n')}`);
}
