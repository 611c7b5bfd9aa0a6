/**
 * `npm run bench -- quantities`: Tally's figures against NewsQuant (value,
 * value+unit, value+change, value+concept partial/complete; the NewsQuant way
 * and strict one-to-one) and the four unit sets (value, value+unit), with
 * Microsoft Recognizers-Text scored by the same code on the same sentences in
 * the same run, and the throughput of both on one core. Options: --verbose
 * prints Tally's misses on the dev set.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { benchData, distModule, formatTable, mbPerSecond } from '../data.js';
import type { Benchmark } from '../registry.js';
import { recognizersQuantities } from './recognizers-adapter.js';
import { emptyScores, goldConcepts, parseGoldValue, prf, scoreNewsQuantWay, scoreStrict, type Quantity, type Scores } from './scorer.js';
import { preparedDoc, tallyQuantities } from './tally-adapter.js';

interface GoldSentence {
  text: string;
  quantities: { value: string; normalized_unit: string; change?: string; referred_concepts?: string }[];
}

const UNIT_SETS = ['age-model', 'currency-model', 'dimension-model', 'temperature-model'] as const;

function load(name: string): GoldSentence[] {
  return JSON.parse(readFileSync(benchData('newsquant', `${name}.json`), 'utf8')) as GoldSentence[];
}

function gold(s: GoldSentence): Quantity[] {
  return s.quantities.map((q) => ({
    value: parseGoldValue(q.value),
    unit: q.normalized_unit.trim().toLowerCase(),
    change: (q.change ?? '=').trim(),
    concepts: goldConcepts(q.referred_concepts ?? '-'),
  }));
}

type System = (sentence: string, set: string) => Quantity[];

const SYSTEMS: readonly [string, System][] = [
  ['Tally', (s) => tallyQuantities(s).map((q) => ({ ...q, unit: q.unit.toLowerCase() }))],
  ['Recognizers-Text', (s, set) => recognizersQuantities(s, set === 'age-model')],
];

function score(sentences: readonly GoldSentence[], system: System, set: string): { nq: Scores; strict: Scores } {
  const nq = emptyScores();
  const strict = emptyScores();
  for (const s of sentences) {
    const g = gold(s);
    const p = system(s.text, set);
    scoreNewsQuantWay(g, p, nq);
    scoreStrict(g, p, strict);
  }
  return { nq, strict };
}

function f1(s: Scores, key: keyof Omit<Scores, 'gold' | 'predicted'>): string {
  const { p, r, f1: f } = prf(s[key], s.gold, s.predicted);
  return `${p.toFixed(1)} / ${r.toFixed(1)} / ${f.toFixed(1)}`;
}

/** Seconds for `rounds` passes of `fn` over the inputs, after one warm-up pass. */
function time(inputs: readonly string[], fn: (s: string) => unknown, minSeconds = 2): { perSecond: number; mbPerSecond: number } {
  for (const s of inputs) fn(s);
  const bytes = inputs.reduce((n, s) => n + Buffer.byteLength(s), 0);
  let rounds = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const s of inputs) fn(s);
    rounds++;
    elapsed = (performance.now() - start) / 1000;
  } while (elapsed < minSeconds);
  return { perSecond: (rounds * inputs.length) / elapsed, mbPerSecond: (rounds * bytes) / 1e6 / elapsed };
}

async function run(args: readonly string[]): Promise<void> {
  const dev = load('dev');
  console.log(`NewsQuant dev: ${dev.length} sentences, ${dev.reduce((n, s) => n + s.quantities.length, 0)} gold quantities. P / R / F1.`);
  console.log('Tally is scored on every quantity it recognises, durations and ages included (it routes those to a claim\'s time).\n');

  const rows: (string | number)[][] = [['system', 'scoring', 'value', 'value+unit', 'value+change', 'concept partial', 'concept complete', 'predicted']];
  for (const [name, system] of SYSTEMS) {
    const { nq, strict } = score(dev, system, 'dev');
    for (const [way, s] of [['NewsQuant way', nq], ['strict 1:1', strict]] as const) {
      rows.push([name, way, f1(s, 'value'), f1(s, 'unit'), f1(s, 'change'), f1(s, 'conceptPartial'), f1(s, 'conceptComplete'), s.predicted]);
    }
  }
  console.log(formatTable(rows));

  console.log('\nUnit sets (NewsQuant way), F1: value / value+unit');
  const unitRows: (string | number)[][] = [['set', 'sentences', ...SYSTEMS.map(([n]) => n)]];
  for (const set of UNIT_SETS) {
    const data = load(set);
    unitRows.push([set, data.length, ...SYSTEMS.map(([, sys]) => {
      const { nq } = score(data, sys, set);
      return `${prf(nq.value, nq.gold, nq.predicted).f1.toFixed(1)} / ${prf(nq.unit, nq.gold, nq.predicted).f1.toFixed(1)}`;
    })]);
  }
  console.log(formatTable(unitRows));

  console.log('\nThroughput on one core (same sentences, same run; Tally timed as built in dist/, the code `tally` runs):');
  const texts = dev.map((s) => s.text);
  const compiled = await compiledPipeline();
  const tally = time(texts, (s) => compiled(s));
  const rec = time(texts, (s) => recognizersQuantities(s), 3);
  console.log(formatTable([
    ['system', 'sentences/s', 'MB/s', 'ratio'],
    ['Tally (clean + segment + figures, per sentence)', tally.perSecond.toFixed(0), tally.mbPerSecond.toFixed(3), `${(tally.perSecond / rec.perSecond).toFixed(1)}×`],
    ['Recognizers-Text (6 models)', rec.perSecond.toFixed(0), rec.mbPerSecond.toFixed(3), '1.0×'],
  ]));

  const articles = polnearArticles();
  if (articles.length > 0) {
    const docs = articles.map((t) => preparedDoc(t));
    const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
    const { extractFigures: compiledFigures } = (await import(distModule('extract/quantities/index.js'))) as typeof import('../../src/extract/quantities/index.js');
    const speed = mbPerSecond(docs, (d) => compiledFigures(d), bytes);
    console.log(`\nFigures stage alone on article text (${articles.length} PolNeAR dev articles, ${(bytes / 1e6).toFixed(2)} MB): ${speed.toFixed(2)} MB/s on one core (target ≥ 2 MB/s).`);
  }

  if (args.includes('--verbose')) {
    console.log('\nTally on the dev set, sentence by sentence (gold → predicted) where they differ:');
    for (const s of dev) {
      const g = gold(s);
      const p = tallyQuantities(s.text);
      const key = (q: Quantity) => `${JSON.stringify(q.value)} ${q.unit} ${q.change}`;
      const gs = g.map(key).sort().join(' | ');
      const ps = p.map((q) => key({ ...q, unit: q.unit.toLowerCase() })).sort().join(' | ');
      if (gs !== ps) console.log(`- ${s.text}\n    gold: ${gs}\n    tally: ${ps}`);
    }
  }
}

/** clean + segment + figures for one text, from the compiled modules in dist/ (built by `npm run bench`). */
async function compiledPipeline(): Promise<(text: string) => unknown> {
  const dist = distModule;
  const { createDoc: create } = (await import(dist('core/doc.js'))) as typeof import('../../src/core/doc.js');
  const { clean: cleanDoc } = (await import(dist('clean/clean.js'))) as typeof import('../../src/clean/clean.js');
  const { defaultCleaners: cleaners } = (await import(dist('clean/index.js'))) as typeof import('../../src/clean/index.js');
  const { segment: seg } = (await import(dist('segment/segment.js'))) as typeof import('../../src/segment/segment.js');
  const { extractFigures: figures } = (await import(dist('extract/quantities/index.js'))) as typeof import('../../src/extract/quantities/index.js');
  return (text) => {
    const doc = create({ id: 's', input: '-', kind: 'text', sha256: '', encoding: 'utf-8', source: text });
    cleanDoc(doc, cleaners);
    seg(doc);
    return figures(doc);
  };
}

function polnearArticles(): string[] {
  try {
    const dir = benchData('polnear', 'dev', 'text');
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
  } catch {
    return [];
  }
}

export const quantities: Benchmark = { name: 'quantities', description: 'figures against NewsQuant and Microsoft Recognizers-Text', run };
