/**
 * `npm run bench -- align`: the cross-report stage. On the sample corpus:
 * pairwise precision and recall of the measure groups against the groups a
 * reader makes (expected.ts), status accuracy, and copy detection. On a
 * synthetic stress corpus made from the same reports (synthetic.ts): the same
 * scores at 1k and 10k claims through the whole pipeline, and the time and
 * memory of the align stage alone as the corpus grows to 100k claims (the
 * 10k corpus's claims and fingerprints replicated), where the cost must grow
 * about as the corpus does.
 * Options: --quick (1k and 10k only, no 100k).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { findCopies, type DocPrint } from '../../src/align/copies.js';
import { groupClaims } from '../../src/align/groups.js';
import type { Claim, Ledger, LedgerDocument } from '../../src/ledger/schema.js';
import { analyze } from '../../src/pipeline/analyze.js';
import type { Benchmark } from '../registry.js';
import { formatTable, REPO_ROOT } from '../data.js';
import { KURSK_COPIES, KURSK_GROUPS } from './expected.js';
import { components, pairwise } from './scoring.js';
import { readOriginals, syntheticCorpus } from './synthetic.js';

export const align: Benchmark = {
  name: 'align',
  description: 'measure groups, status and copied text across reports, on the sample corpus and a synthetic stress corpus',
  run,
};

const SAMPLE = path.join(REPO_ROOT, 'examples/kursk-2025');

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

async function run(args: readonly string[]): Promise<void> {
  const sample = await analyze([SAMPLE]);
  const prefix = (docId: string) => docId.slice(0, 3);
  const labelOf = labeller(sample.ledger);

  // the sample corpus against the groups a reader makes
  const items = sample.ledger.claims.flatMap((c) => {
    const truth = labelOf.get(`${prefix(c.doc)}\u0000${c.text}`);
    return truth ? [{ truth, predicted: c.group! }] : [];
  });
  const groups = pairwise(items);
  const withStatus = KURSK_GROUPS.filter((g) => g.status);
  const statusRight = withStatus.filter((g) => {
    const first = sample.ledger.claims.find((c) => prefix(c.doc) === g.claims[0]![0] && c.text === g.claims[0]![1]);
    return first && sample.ledger.groups.find((x) => x.id === first.group)?.status === g.status;
  }).length;
  const predictedCopies = sample.ledger.copies.map((c) => `${prefix(c.docs[0])}-${prefix(c.docs[1])}`);
  const expectedCopies = KURSK_COPIES.map(([a, b]) => `${a}-${b}`);
  const copyHits = predictedCopies.filter((p) => expectedCopies.includes(p)).length;
  console.log(`Sample corpus (examples/kursk-2025): ${items.length} of ${sample.ledger.claims.length} figures in the hand-made groups (${KURSK_GROUPS.length} groups).`);
  console.log(
    formatTable([
      ['measure', 'Tally'],
      ['group pairs P / R / F1', `${pct(groups.p)} / ${pct(groups.r)} / ${pct(groups.f)}`],
      ['status right (groups whose status the issue states)', `${statusRight} / ${withStatus.length}`],
      ['copied pairs P / R', `${pct(ratio(copyHits, predictedCopies.length))} / ${pct(ratio(copyHits, expectedCopies.length))}`],
    ]),
  );

  // the synthetic corpus, through the whole pipeline
  const originals = readOriginals(SAMPLE);
  const perDoc = sample.ledger.claims.length / sample.ledger.documents.length;
  const rows: (string | number)[][] = [['claims', 'reports', 'pipeline s', 'group pairs P / R / F1', 'copy clusters P / R', 'align ms', 'align heap MB', 'align ms per 1k claims']];
  let last: { ledger: Ledger; prints: DocPrint[] } | null = null;
  for (const target of [1000, 10000]) {
    const docs = syntheticCorpus(originals, Math.ceil(target / perDoc));
    const dir = mkdtempSync(path.join(tmpdir(), 'tally-align-'));
    try {
      mkdirSync(dir, { recursive: true });
      for (const d of docs) writeFileSync(path.join(dir, d.name), d.text);
      const start = performance.now();
      const result = await analyze([dir]);
      const seconds = (performance.now() - start) / 1000;
      const origin = new Map(docs.map((d) => [d.name.replace(/\.txt$/, ''), d.origin]));
      const scored = syntheticItems(result.ledger, sample.ledger, origin, labelOf);
      const g = pairwise(scored);
      const copyClusters = copyScores(result.ledger, origin);
      const prints = result.analyses.map((a) => ({ doc: a.doc.id, print: a.fingerprint }));
      const cost = alignCost(result.ledger.claims, result.ledger.documents, prints);
      rows.push([result.ledger.claims.length, docs.length, seconds.toFixed(1), `${pct(g.p)} / ${pct(g.r)} / ${pct(g.f)}`, `${pct(copyClusters.p)} / ${pct(copyClusters.r)}`, cost.ms.toFixed(0), cost.heapMB.toFixed(0), ((cost.ms / result.ledger.claims.length) * 1000).toFixed(1)]);
      last = { ledger: result.ledger, prints };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (last && !args.includes('--quick')) {
    const big = replicate(last.ledger, last.prints, 10);
    const cost = alignCost(big.claims, big.documents, big.prints);
    rows.push([big.claims.length, big.documents.length, '– (replicated)', '–', '–', cost.ms.toFixed(0), cost.heapMB.toFixed(0), ((cost.ms / big.claims.length) * 1000).toFixed(1)]);
  }
  console.log('\nSynthetic stress corpus (the sample reports with figures scaled, names respelled, dates varied; 100k: the 10k corpus replicated ×10):');
  console.log(formatTable(rows));
  console.log('\nAlign = copy detection + measure groups + status + corroboration, timed alone on the same machine in the same run; the cost grows linearly when "align ms per 1k claims" stays flat.');
}

/** Expected group name of each listed figure, by report prefix and text. */
function labeller(_: Ledger): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of KURSK_GROUPS) for (const [doc, text] of g.claims) out.set(`${doc}\u0000${text}`, g.name);
  return out;
}

/** Each synthetic report's figures, matched in order to its original's, with the original's hand-made group. */
function syntheticItems(ledger: Ledger, sample: Ledger, origin: ReadonlyMap<string, string>, labelOf: ReadonlyMap<string, string>): { truth: string; predicted: string }[] {
  const originalClaims = new Map<string, Claim[]>();
  for (const c of sample.claims) originalClaims.set(c.doc.slice(0, 3), [...(originalClaims.get(c.doc.slice(0, 3)) ?? []), c]);
  const byDoc = new Map<string, Claim[]>();
  for (const c of ledger.claims) byDoc.set(c.doc, [...(byDoc.get(c.doc) ?? []), c]);
  const out: { truth: string; predicted: string }[] = [];
  for (const [doc, claims] of byDoc) {
    const o = origin.get(doc);
    const originals = o ? originalClaims.get(o) : undefined;
    if (!originals || originals.length !== claims.length) continue;
    claims.forEach((c, i) => {
      const truth = labelOf.get(`${o}\u0000${originals[i]!.text}`);
      if (truth) out.push({ truth, predicted: c.group! });
    });
  }
  return out;
}

/** Copy clusters against the truth: reports made from one original (or from 003 and 004, which share passages) are one family. */
function copyScores(ledger: Ledger, origin: ReadonlyMap<string, string>): { p: number; r: number } {
  const nodes = ledger.documents.map((d) => d.id);
  const found = components(nodes, ledger.copies.map((c) => c.docs));
  const family = (o: string) => (o === '003' || o === '004' ? '003+004' : o);
  return pairwise(nodes.map((n) => ({ truth: family(origin.get(n) ?? n), predicted: found.get(n)! })));
}

/** Time and heap of the align stage alone. */
function alignCost(claims: readonly Claim[], documents: readonly LedgerDocument[], prints: readonly DocPrint[]): { ms: number; heapMB: number } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const copies = findCopies(prints);
  const grouped = groupClaims(claims, documents, copies);
  const ms = performance.now() - start;
  const heapMB = (process.memoryUsage().heapUsed - before) / 1e6;
  if (grouped.claims.length !== claims.length) throw new Error('align lost claims');
  return { ms, heapMB };
}

/** The corpus `times` over: new report ids, figures nudged so each copy is its own voice, fingerprints shifted so copies stay within a replica. */
export function replicate(ledger: Ledger, prints: readonly DocPrint[], times: number): { claims: Claim[]; documents: LedgerDocument[]; prints: DocPrint[] } {
  const claims: Claim[] = [];
  const documents: LedgerDocument[] = [];
  const out: DocPrint[] = [];
  for (let r = 0; r < times; r++) {
    const id = (doc: string) => `${doc}~${r}`;
    for (const d of ledger.documents) documents.push({ ...d, id: id(d.id) });
    for (const c of ledger.claims) {
      const nudge = (v: number | null) => (v === null ? null : v * (1 + r / 1000));
      claims.push({ ...c, id: `${id(c.doc)}:${c.id}`, doc: id(c.doc), value: { low: nudge(c.value.low), high: nudge(c.value.high) }, partOf: c.partOf ? `${id(c.doc)}:${c.partOf}` : null });
    }
    for (const p of prints) out.push({ doc: id(p.doc), print: { ...p.print, hashes: p.print.hashes.map((h) => (h + r * 2 ** 45) % 2 ** 53) } });
  }
  return { claims, documents, prints: out };
}

function pct(x: number): string {
  return (100 * x).toFixed(1);
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}
