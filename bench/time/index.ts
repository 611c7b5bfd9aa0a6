/**
 * `npm run bench -- time`: time expressions on MEANTIME (document creation
 * time as the reference date), relaxed and strict span F1 and value F1, with
 * chrono-node and Recognizers-Text run on the same texts in the same run.
 * Options: --errors N (that many of Tally's misses and wrong values).
 */
import type { Benchmark } from '../registry.js';
import { benchData, formatTable } from '../data.js';
import { readMeantime } from './meantime.js';
import { chronoTimes, recognizersTimes } from './references.js';
import { emptyTimexCounts, f1, score, type TimexCounts } from './scorer.js';
import { tallyTimes, type PredictedTimex } from './tally-adapter.js';

export const time: Benchmark = {
  name: 'time',
  description: 'time expressions and their values on MEANTIME, beside chrono-node and Recognizers-Text',
  run,
};

const ANCHORS: readonly (readonly string[])[] = [
  ['HeidelTime, tuned (published, TempEval-3 test)', '–', '–', '77.6'],
  ['HeidelTime (published, TempEval-3 test)', '–', '–', '72.1'],
  ['SUTime (published, TempEval-3 test)', '–', '–', '67.4'],
];

type System = (text: string, dct: string | null) => PredictedTimex[];

async function run(args: readonly string[]): Promise<void> {
  const docs = readMeantime(benchData('timex', 'meantime'));
  const gold = docs.reduce((n, d) => n + d.timexes.length, 0);
  console.log(`MEANTIME (English): ${docs.length} articles, ${gold} time expressions; ${docs.filter((d) => !d.dct).length} without a creation time (systems get no reference date there). Only the annotated opening sentences of each article are scored.`);
  const systems: [string, System][] = [
    ['Tally', tallyTimes],
    ['chrono-node 2 (whole text)', chronoTimes],
    ['Recognizers-Text (by sentence, past reading)', recognizersTimes],
  ];
  const rows: (string | number)[][] = [['system', 'relaxed P / R / F1', 'strict F1', 'value P / R / F1']];
  for (const a of ANCHORS) rows.push([...a]);
  const errors: string[] = [];
  for (const [label, system] of systems) {
    const counts: TimexCounts = emptyTimexCounts();
    const start = performance.now();
    for (const d of docs) {
      const predicted = system(d.text, d.dct || null).filter((t) => t.span.start < d.annotatedEnd);
      const p = score(d.timexes, predicted, counts);
      if (label !== 'Tally') continue;
      for (const g of p.missed) errors.push(`miss   ${d.dct} ${JSON.stringify(d.text.slice(g.span.start, g.span.end))} ${g.value}   | ${context(d.text, g.span.start)}`);
      for (const [g, q] of p.matched) if (g.value !== q.value) errors.push(`value  ${d.dct} ${JSON.stringify(d.text.slice(g.span.start, g.span.end))} gold ${g.value} got ${q.value} (${JSON.stringify(d.text.slice(q.span.start, q.span.end))})`);
      for (const q of p.spurious) errors.push(`extra  ${d.dct} ${JSON.stringify(d.text.slice(q.span.start, q.span.end))} ${q.value}   | ${context(d.text, q.span.start)}`);
    }
    const ms = performance.now() - start;
    const relaxed = f1(counts.relaxed, counts.predicted, counts.gold);
    const value = f1(counts.value, counts.predicted, counts.gold);
    rows.push([
      `${label} (${ms.toFixed(0)} ms)`,
      `${relaxed.p.toFixed(1)} / ${relaxed.r.toFixed(1)} / ${relaxed.f.toFixed(1)}`,
      f1(counts.strict, counts.predicted, counts.gold).f.toFixed(1),
      `${value.p.toFixed(1)} / ${value.r.toFixed(1)} / ${value.f.toFixed(1)}`,
    ]);
  }
  console.log(formatTable(rows));
  console.log('\nTargets: value F1 ≥ 78, relaxed span F1 ≥ 90 (anchors are on TempEval-3, a different news set with the same scoring).');
  const n = Number(args[args.indexOf('--errors') + 1] ?? 0);
  if (args.includes('--errors')) console.log(`\nTally's errors (${errors.length}):\n${errors.slice(0, n || errors.length).join('\n')}`);
}

function context(text: string, at: number): string {
  return text.slice(Math.max(0, at - 50), at + 40).replace(/\n/g, ' ⏎ ');
}
