/**
 * `npm run bench -- attribution`: Tally's attributions on PolNeAR dev, scored
 * per role (exact and token-Jaccard), linked, and on the direct-quote subset,
 * printed beside the published anchors (PolNeAR test split); Tally's quotes
 * against the gold direct quotes; and the stage's throughput beside the
 * figures stage's, both timed on the compiled code in dist/ in the same run.
 * Options: --verbose (each text's misses), --errors N (that many examples).
 */
import { overlaps, type Span } from '../../src/core/span.js';
import type { Benchmark } from '../registry.js';
import { benchData, distModule, formatTable, mbPerSecond } from '../data.js';
import { readPolnear, type GoldRelation, type GoldText } from './polnear.js';
import { emptyCounts, exactF1, isDirectQuote, prf, ROLES, scoreLinked, scoreRole, softF1, type Counts, type Role } from './scorer.js';
import { analyseText, tallyMentions, tallyQuotes, tallyRelations, type TallyQuote } from './tally-adapter.js';

export const attribution: Benchmark = {
  name: 'attribution',
  description: 'attribution relations (source, cue, content) and direct quotes with speakers on PolNeAR dev',
  run,
};

/** Published exact-match F1 (source / cue / content) and token-Jaccard on PolNeAR test. */
const ANCHORS: readonly [string, string, string, string, string][] = [
  ['rule-based baseline (published, test)', '10.7', '22.8', '5.6', '–'],
  ['CoreNLP quote annotator (published, test)', '13.9', '–', '17.5', '–'],
  ['CRF (published, test)', '50.6', '53.4', '28.6', '42.1 / 44.1 / 42.3'],
];

async function run(args: readonly string[]): Promise<void> {
  const texts = readPolnear(benchData('polnear', 'dev'));
  const several = texts.filter((t) => t.otherAnnotators.length > 0);
  console.log(`PolNeAR dev: ${texts.length} texts, ${texts.reduce((n, t) => n + t.relations.length, 0)} gold attributions.`);
  for (const t of several) console.log(`  ${t.name}: ${t.otherAnnotators.length + 1} annotators; scored against ${t.annotator} (first in sort order).`);

  const all = Object.fromEntries(ROLES.map((r) => [r, emptyCounts()])) as Record<Role, Counts>;
  const direct = Object.fromEntries(ROLES.map((r) => [r, emptyCounts()])) as Record<Role, Counts>;
  const linked = emptyCounts().exact;
  const linkedDirect = emptyCounts().exact;
  const quotes = { found: 0, predicted: 0, predictedRight: 0, gold: 0, speakerRight: 0, samePerson: 0 };
  const misses: string[] = [];
  for (const t of texts) {
    const analysis = analyseText(t.name, t.text);
    const predicted = tallyRelations(analysis);
    const goldDirect = t.relations.filter((r) => isDirectQuote(t.text, r));
    const predDirect = predicted.filter((r) => isDirectQuote(t.text, r));
    for (const role of ROLES) {
      scoreRole(t.text, t.relations, predicted, role, all[role]);
      scoreRole(t.text, goldDirect, predDirect, role, direct[role]);
    }
    scoreLinked(t.text, t.relations, predicted, linked);
    scoreLinked(t.text, goldDirect, predDirect, linkedDirect);
    scoreQuotes(goldDirect, tallyQuotes(analysis), tallyMentions(analysis), quotes);
    if (args.includes('--verbose')) misses.push(...explain(t, predicted));
  }

  const rows: (string | number)[][] = [['system', 'source F1', 'cue F1', 'content F1', 'Jaccard F1 (src / cue / content)', 'linked F1']];
  for (const a of ANCHORS) rows.push([...a, '–']);
  const line = (name: string, c: Record<Role, Counts>, l: Counts['exact']) => [
    name,
    ...ROLES.map((r) => exactF1(c[r].exact).f.toFixed(1)),
    ROLES.map((r) => softF1(c[r].soft).f.toFixed(1)).join(' / '),
    exactF1(l).f.toFixed(1),
  ];
  rows.push(line('Tally, all attributions (dev)', all, linked));
  rows.push(line('Tally, direct quotes (dev)', direct, linkedDirect));
  console.log('\nExact-match F1 per role, token-Jaccard F1, linked F1 (content and its source both exact):');
  console.log(formatTable(rows));

  console.log('\nPrecision / recall, exact (all attributions):');
  console.log(formatTable([['role', 'P', 'R', 'F1', 'predicted', 'gold'], ...ROLES.map((r) => {
    const s = exactF1(all[r].exact);
    return [r, s.p.toFixed(1), s.r.toFixed(1), s.f.toFixed(1), all[r].exact.predicted, all[r].exact.gold];
  })]));

  const found = prf(quotes.predicted ? quotes.predictedRight / quotes.predicted : 0, quotes.gold ? quotes.found / quotes.gold : 0);
  console.log(`\nDirect quotes (gold: attributions whose content holds a quotation mark; a Tally quote is found when it overlaps such a content):`);
  console.log(formatTable([
    ['measure', 'Tally', 'target'],
    ['quote found P / R', `${found.p.toFixed(1)} / ${found.r.toFixed(1)}`, '–'],
    ['quote found F1', found.f.toFixed(1), '≥ 85'],
    ['speaker mention (of found; Tally\'s source phrase overlaps the gold source)', `${quotes.found ? ((100 * quotes.speakerRight) / quotes.found).toFixed(1) : '0'} %`, '–'],
    ['speaker right (of found; the same person: that, or a mention Tally resolves the speaker to)', `${quotes.found ? ((100 * quotes.samePerson) / quotes.found).toFixed(1) : '0'} %`, '≥ 90 %'],
  ]));

  await throughput(texts);
  if (misses.length) console.log(`\nMisses (gold relations Tally did not find exactly):\n${misses.join('\n')}`);
}

/**
 * Quote found: a Tally quote overlaps a gold direct quote's content. Speaker
 * mention: Tally's source phrase overlaps the gold source. Same person: that,
 * or the gold source is a span Tally itself takes for a mention of the entity it
 * resolves the speaker to (gold "Clinton … what she calls “…”" against Tally's
 * "she", resolved to Clinton); a speaker Tally leaves unresolved gets no credit
 * beyond its mention.
 */
function scoreQuotes(gold: readonly GoldRelation[], predicted: readonly TallyQuote[], mentions: ReadonlyMap<string, readonly Span[]>, into: { found: number; predicted: number; predictedRight: number; gold: number; speakerRight: number; samePerson: number }): void {
  into.gold += gold.length;
  into.predicted += predicted.length;
  into.predictedRight += predicted.filter((q) => gold.some((g) => g.content.some((c) => overlaps(c, q.span)))).length;
  for (const g of gold) {
    const q = predicted.find((p) => g.content.some((c) => overlaps(c, p.span)));
    if (!q) continue;
    into.found++;
    const mention = q.speaker !== null && g.source !== null && g.source.some((s) => overlaps(s, q.speaker!));
    if (mention) into.speakerRight++;
    const same = q.speakerKey !== null && g.source !== null && (mentions.get(q.speakerKey) ?? []).some((m) => g.source!.some((s) => overlaps(s, m)));
    if (mention || same) into.samePerson++;
  }
}

function explain(t: GoldText, predicted: readonly GoldRelation[]): string[] {
  const show = (spans: Span[] | null) => (spans ? spans.map((s) => t.text.slice(s.start, s.end)).join(' … ') : '∅');
  const lines: string[] = [];
  for (const g of t.relations) {
    const p = predicted.find((r) => r.cue.some((c) => g.cue.some((d) => overlaps(c, d))));
    if (p && show(p.source) === show(g.source) && show(p.cue) === show(g.cue) && show(p.content) === show(g.content)) continue;
    lines.push(`- gold  S[${show(g.source)}] C[${show(g.cue)}] X[${show(g.content).slice(0, 160)}]`);
    lines.push(`  tally ${p ? `S[${show(p.source)}] C[${show(p.cue)}] X[${show(p.content).slice(0, 160)}]` : '—'}`);
  }
  return lines;
}

/** The attribution stage (quotations, names, attributions, quotes) beside the figures stage, on the same prepared documents. */
async function throughput(texts: readonly GoldText[]): Promise<void> {
  const dist = distModule;
  const { createDoc } = (await import(dist('core/doc.js'))) as typeof import('../../src/core/doc.js');
  const { clean } = (await import(dist('clean/clean.js'))) as typeof import('../../src/clean/clean.js');
  const { defaultCleaners } = (await import(dist('clean/index.js'))) as typeof import('../../src/clean/index.js');
  const { segment } = (await import(dist('segment/segment.js'))) as typeof import('../../src/segment/segment.js');
  const { extractFigures } = (await import(dist('extract/quantities/index.js'))) as typeof import('../../src/extract/quantities/index.js');
  const { extractAttributions } = (await import(dist('extract/attribution/index.js'))) as typeof import('../../src/extract/attribution/index.js');
  const { extractEntities } = (await import(dist('extract/entities/index.js'))) as typeof import('../../src/extract/entities/index.js');
  const { findQuotations, extractQuotes } = (await import(dist('extract/quotes/index.js'))) as typeof import('../../src/extract/quotes/index.js');
  const docs = texts.map((t) => {
    const doc = createDoc({ id: t.name, input: '-', kind: 'text', sha256: '', encoding: 'utf-8', source: t.text });
    clean(doc, defaultCleaners);
    segment(doc);
    return doc;
  });
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  const speaker = (d: (typeof docs)[number]) => {
    d.tokens = d.tokens.slice(); // a new token array: the sentence views are built again, as for a new document
    const quotations = findQuotations(d.text, d.blocks);
    const attributions = extractAttributions(d, quotations.map((q) => q.range), extractEntities(d));
    return extractQuotes(d.text, d.blocks, quotations, attributions);
  };
  const figures = mbPerSecond(docs, (d) => extractFigures(d), bytes);
  const attributions = mbPerSecond(docs, speaker, bytes);
  console.log(`\nThroughput on one core, ${texts.length} PolNeAR dev articles (${(bytes / 1e6).toFixed(2)} MB), compiled code in dist/, same run:`);
  console.log(formatTable([
    ['stage', 'MB/s', 'ratio'],
    ['figures (reference)', figures.toFixed(2), '1.00×'],
    ['quotations + names + attributions + quotes', attributions.toFixed(2), `${(attributions / figures).toFixed(2)}× (target ≥ 0.50×: within 2× of figures)`],
  ]));
}
