/**
 * Copied text between reports: passages where two documents run through the
 * same words (wire copy repeated, a rewrite that keeps whole sentences), from
 * the documents' fingerprints. Every shingle hash is indexed once; a hash
 * that most of a large batch shares is boilerplate and is skipped (for a
 * store, the batch is the store with its new reports), and one that many
 * documents share pairs each with the first that has it, so the cost grows
 * with the number of words, not with the number of document pairs. A copy
 * found is a pair; a story copied by many makes a star of pairs around its
 * first report. Matching shingles on (nearly) one diagonal, a few words apart
 * at most, make a passage; passages shorter than `MIN_PASSAGE_WORDS` are
 * dropped.
 */
import type { Fingerprint } from '../extract/fingerprint/index.js';
import { SHINGLE_WORDS } from '../extract/fingerprint/index.js';
import type { Copy } from '../ledger/schema.js';
import type { CopyIndex, SharedPassages } from './corroboration.js';
import { pushTo } from '../core/multimap.js';
import type { Span } from '../core/span.js';
import { ShingleTable } from './shingle-table.js';
import { upperBound } from '../core/sorted-bounds.js';

/** Fewer shared words than this is a shared phrase or quote fragment, not a copied passage. */
export const MIN_PASSAGE_WORDS = 20;
/** A shingle in more than this share of a batch (of at least `BOILERPLATE_MIN_DOCS`) is boilerplate (a site's footer), not copying. */
export const BOILERPLATE_SHARE = 0.5;
export const BOILERPLATE_MIN_DOCS = 20;
/**
 * Boilerplate that runs on longer than this is a story most of the batch runs
 * word for word (an agency's copy), not a site's furniture (a footer, a
 * byline box): its reports are paired by it like any copy.
 */
export const BOILERPLATE_MAX_WORDS = 60;
/** Up to this many documents sharing a shingle, every two are paired; beyond, each is paired with the first that has it (a wire story in 300 reports gives 299 pairs, not 44,850). */
export const ALL_PAIRS_UP_TO = 8;
/** How far apart two matching shingles of one passage may start: one word changed ("troops" for "units") breaks the SHINGLE_WORDS shingles that hold it. */
const MAX_GAP = SHINGLE_WORDS + 2;

export interface DocPrint {
  readonly doc: string;
  readonly print: Fingerprint;
}

/** A copy as the align stage finds it: spans only (the ledger adds each passage's text). */
export type FoundCopy = Omit<Copy, 'passages'> & { passages: Omit<Copy['passages'][number], 'text'>[] };

/** What a store knows of the reports a chunk is compared with: how many it holds, and in how many each sampled shingle is. */
export interface EarlierCounts {
  readonly documents: number;
  readonly shingles: ReadonlyMap<number, number>;
}

export interface FindCopiesOptions {
  /**
   * Only the copies of which one side is among these (a store's new reports
   * against earlier ones: the same copies as all of them found, filtered,
   * without pairing the earlier reports with each other).
   */
  readonly involving?: ReadonlySet<string>;
  /**
   * With `involving`, the store the others come from: boilerplate is then
   * judged by the store and the new reports together, as analysing them
   * all at once would, not by the few reports compared.
   */
  readonly earlier?: EarlierCounts;
}

/**
 * The sampled shingles of a chunk that more than half of a store and the
 * chunk have, by the store's counts and the chunk's samples: boilerplate
 * (a site's footer) that makes no earlier report a copy candidate. Those in
 * a run past `BOILERPLATE_MAX_WORDS` in some report of the chunk are a story
 * most of the store runs (agency copy), and are left out.
 */
export function boilerplateSampled(earlier: EarlierCounts, reports: readonly { readonly sample: readonly number[]; readonly print: Fingerprint }[]): Set<number> {
  const out = new Set<number>();
  const batch = earlier.documents + reports.length;
  if (batch < BOILERPLATE_MIN_DOCS) return out;
  const chunk = new Map<number, number>();
  for (const { sample } of reports) for (const hash of new Set(sample)) chunk.set(hash, (chunk.get(hash) ?? 0) + 1);
  for (const [hash, n] of chunk) if ((earlier.shingles.get(hash) ?? 0) + n > BOILERPLATE_SHARE * batch) out.add(hash);
  if (out.size === 0) return out;
  const copied: number[] = [];
  for (const { print } of reports) {
    const at: number[] = [];
    for (let w = 0; w < print.hashes.length; w++) if (out.has(print.hashes[w]!)) at.push(w);
    for (const [from, to] of longRuns(at).runs) for (let w = from; w <= to; w++) copied.push(print.hashes[w]!);
  }
  for (const hash of copied) out.delete(hash);
  return out;
}

/**
 * The copies between the documents given. A passage never runs across a
 * boilerplate shingle: a store counts sampled shingles only, so a footer
 * is known by a few of its shingles, and the words between them are too
 * few to make a passage on their own.
 */
export function findCopies(prints: readonly DocPrint[], options: FindCopiesOptions = {}): FoundCopy[] {
  const { involving, earlier } = options;
  const wanted = prints.map((p) => !involving || involving.has(p.doc));
  // a shingle none of the documents involved has pairs no one wanted: the others' are indexed only where they meet those
  const table = new ShingleTable(prints.reduce((n, p, d) => (wanted[d] ? n + p.print.hashes.length : n), 0));
  if (involving) {
    prints.forEach(({ print }, d) => {
      if (!wanted[d]) return;
      for (const h of print.hashes) {
        const at = table.slot(h);
        if (!table.holds(at)) table.put(at, h);
      }
    });
  }
  // each shingle's list of reports and words (in the order of its first): counted, then laid out in one array
  const listOf = new Int32Array(prints.reduce((n, p) => n + p.print.hashes.length, 0));
  const counts: number[] = [];
  let at = 0;
  prints.forEach(({ print }, d) => {
    const all = wanted[d] || !involving;
    for (const h of print.hashes) {
      const slot = table.slot(h);
      if (!table.holds(slot)) {
        if (!all) {
          listOf[at++] = -1;
          continue;
        }
        table.put(slot, h);
      }
      let list = table.value(slot);
      if (list < 0) table.setValue(slot, (list = counts.push(0) - 1));
      counts[list]!++;
      listOf[at++] = list;
    }
  });
  const starts = new Int32Array(counts.length + 1);
  counts.forEach((n, list) => (starts[list + 1] = starts[list]! + 2 * n));
  const postings = new Int32Array(starts[counts.length]!);
  const next = starts.slice(0, counts.length);
  at = 0;
  prints.forEach(({ print }, d) => {
    for (let w = 0; w < print.hashes.length; w++) {
      const list = listOf[at++]!;
      if (list < 0) continue;
      postings[next[list]!++] = d;
      postings[next[list]!++] = w;
    }
  });
  const matches = new Map<number, number[]>();
  const match = (da: number, db: number, wa: number, wb: number) => {
    const key = da * prints.length + db;
    const m = matches.get(key);
    if (m) m.push(wa, wb);
    else matches.set(key, [wa, wb]);
  };
  const batch = earlier ? earlier.documents + prints.reduce((n, _, d) => (wanted[d] ? n + 1 : n), 0) : prints.length;
  const earlierCount = earlier ? storeCountsByList(table, earlier.shingles, counts.length) : null;
  const boilerplateAt: number[][] = prints.map(() => []);
  const frequent: number[] = [];
  for (let l = 0; l < counts.length; l++) {
    if (counts[l]! < 2) continue;
    const list = postings.subarray(starts[l], starts[l + 1]);
    const docs = docsIn(list);
    if (docs < 2) continue;
    // how many of the batch have it, at least: those given, or the store's count with the new ones
    const holders = earlierCount && earlierCount[l]! > 0 ? Math.max(docs, earlierCount[l]! + docsIn(list, wanted)) : docs;
    if (batch >= BOILERPLATE_MIN_DOCS && holders > BOILERPLATE_SHARE * batch) {
      frequent.push(l);
      for (let i = 0; i < list.length; i += 2) boilerplateAt[list[i]!]!.push(list[i + 1]!);
      continue;
    }
    pairUp(list, docs, wanted, match);
  }
  // where most of the batch runs one long text (agency copy), its shingles are copied text after all
  const copiedRuns = frequent.length === 0 ? [] : boilerplateAt.map((at, d) => {
    at.sort((x, y) => x - y);
    const { runs, rest } = longRuns(at);
    boilerplateAt[d] = rest;
    return runs;
  });
  for (const l of frequent) {
    const list = postings.subarray(starts[l], starts[l + 1]);
    const copied: number[] = [];
    for (let i = 0; i < list.length; i += 2) if (inRuns(copiedRuns[list[i]!]!, list[i + 1]!)) copied.push(list[i]!, list[i + 1]!);
    const kept = Int32Array.from(copied);
    const docs = docsIn(kept);
    if (docs >= 2) pairUp(kept, docs, wanted, match);
  }
  const copies: FoundCopy[] = [];
  for (const key of [...matches.keys()].sort((x, y) => x - y)) {
    const [da, db] = [Math.floor(key / prints.length), key % prints.length];
    const a = prints[da]!;
    const b = prints[db]!;
    const passages = passagesOf(matches.get(key)!, a.print, b.print, boilerplateAt[da]!, boilerplateAt[db]!);
    if (passages.length === 0) continue;
    const shorter = Math.min(a.print.starts.length, b.print.starts.length);
    const side = a.print.starts.length <= b.print.starts.length ? 'a' : 'b';
    const covered = passages.reduce((n, p) => n + (side === 'a' ? p.wordsA : p.wordsB), 0);
    copies.push({
      docs: [a.doc, b.doc],
      passages: passages.map((p) => ({ a: p.a, b: p.b, words: Math.min(p.wordsA, p.wordsB) })),
      share: Math.min(1, Math.round((covered / shorter) * 1000) / 1000),
    });
  }
  return copies;
}

interface Passage {
  a: { start: number; end: number };
  b: { start: number; end: number };
  wordsA: number;
  wordsB: number;
}

/** Pairs the reports of a list's postings (report, word) that share its shingle: every two, or past `ALL_PAIRS_UP_TO` each with the first; never two that are not wanted. */
function pairUp(list: Int32Array, docs: number, wanted: readonly boolean[], match: (da: number, db: number, wa: number, wb: number) => void): void {
  const star = docs > ALL_PAIRS_UP_TO;
  for (let i = 0; i < list.length; i += 2) {
    if (star && i > 0) break;
    const [di, wi] = [list[i]!, list[i + 1]!];
    for (let j = i + 2; j < list.length; j += 2) {
      const dj = list[j]!;
      if (di === dj || (!wanted[di] && !wanted[dj])) continue;
      if (di < dj) match(di, dj, wi, list[j + 1]!);
      else match(dj, di, list[j + 1]!, wi);
    }
  }
}

/**
 * How many reports a list's postings (report, word) hold, or of them those
 * `among` lets through: a list's reports come in the prints' order, each new
 * one starting a run.
 */
function docsIn(list: Int32Array, among?: readonly boolean[]): number {
  let docs = 0;
  for (let i = 0; i < list.length; i += 2) if ((i === 0 || list[i] !== list[i - 2]) && (!among || among[list[i]!])) docs++;
  return docs;
}

/**
 * A report's boilerplate shingles (word positions, ascending) split into the
 * runs that go on past `BOILERPLATE_MAX_WORDS` (first and last position) and
 * the rest. Positions up to a window apart are one run: a store knows a
 * passage by its sampled shingles alone, one in every window.
 */
export function longRuns(sorted: readonly number[]): { runs: [number, number][]; rest: number[] } {
  const runs: [number, number][] = [];
  const rest: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]! - sorted[j - 1]! <= SAMPLED_GAP) j++;
    if (sorted[j - 1]! - sorted[i]! + SHINGLE_WORDS > BOILERPLATE_MAX_WORDS) runs.push([sorted[i]!, sorted[j - 1]!]);
    else for (let k = i; k < j; k++) rest.push(sorted[k]!);
    i = j;
  }
  return { runs, rest };
}

function inRuns(runs: readonly (readonly [number, number])[], w: number): boolean {
  for (const [from, to] of runs) if (from <= w && w <= to) return true;
  return false;
}

/** The store's count of each list's shingle, where it keeps one. */
function storeCountsByList(table: ShingleTable, shingles: ReadonlyMap<number, number>, lists: number): Int32Array {
  const out = new Int32Array(lists);
  for (const [hash, n] of shingles) {
    const slot = table.slot(hash);
    if (!table.holds(slot)) continue;
    const list = table.value(slot);
    if (list >= 0) out[list] = n;
  }
  return out;
}

/** Whether a word position of `sorted` lies strictly between `from` and `to`. */
function anyBetween(sorted: readonly number[], from: number, to: number): boolean {
  const after = upperBound(sorted, from);
  return after < sorted.length && sorted[after]! < to;
}

/** The most shingles between two a store samples in one passage: winnowing's window (`winnow.ts`, which reads this module's constants). */
const SAMPLED_GAP = MIN_PASSAGE_WORDS - SHINGLE_WORDS + 1;

/** Above any word index: a document of 2^26 words would be a 400 MB text, far past what a report is. */
const PAIR_SHIFT = 2 ** 26;

/** Runs of matching shingles along one diagonal, as word ranges turned into source spans; a run stops at a boilerplate shingle of either side. */
function passagesOf(flat: readonly number[], a: Fingerprint, b: Fingerprint, boilerA: readonly number[], boilerB: readonly number[]): Passage[] {
  // each pair as one number, a's word then b's, sorted as numbers: no array and no comparator call per pair
  const pairs = new Float64Array(flat.length / 2);
  for (let i = 0; i < flat.length; i += 2) pairs[i / 2] = flat[i]! * PAIR_SHIFT + flat[i + 1]!;
  pairs.sort();
  const out: Passage[] = [];
  let run: { a0: number; a1: number; b0: number; b1: number } | null = null;
  const close = () => {
    if (!run) return;
    const [a1, b1] = [run.a1 + SHINGLE_WORDS - 1, run.b1 + SHINGLE_WORDS - 1];
    const [wordsA, wordsB] = [a1 - run.a0 + 1, b1 - run.b0 + 1];
    if (Math.min(wordsA, wordsB) >= MIN_PASSAGE_WORDS) {
      out.push({ a: { start: a.starts[run.a0]!, end: a.ends[a1]! }, b: { start: b.starts[run.b0]!, end: b.ends[b1]! }, wordsA, wordsB });
    }
    run = null;
  };
  for (const pair of pairs) {
    const wa = Math.floor(pair / PAIR_SHIFT);
    const wb = pair - wa * PAIR_SHIFT;
    const near = run && wa > run.a1 && wa - run.a1 <= MAX_GAP && wb > run.b1 && wb - run.b1 <= MAX_GAP;
    if (run && near && !anyBetween(boilerA, run.a1, wa) && !anyBetween(boilerB, run.b1, wb)) {
      run.a1 = wa;
      run.b1 = wb;
      continue;
    }
    if (run && wa <= run.a1) continue; // another place in b for a word already in this run
    close();
    run = { a0: wa, a1: wa, b0: wb, b1: wb };
  }
  close();
  return out;
}

/** What an index of copies reads of each: its two reports and where each passage lies in them. */
export interface CopySpans {
  readonly docs: readonly [string, string];
  readonly passages: readonly { readonly a: Span; readonly b: Span }[];
}

/** The copies as an index: which reports share passages with a report, and where those passages lie in each. */
export function copyIndex(copies: readonly CopySpans[]): CopyIndex {
  const partners = new Map<string, SharedPassages[]>();
  for (const c of copies) {
    pushTo(partners, c.docs[0], { doc: c.docs[1], own: c.passages.map((p) => p.a), other: c.passages.map((p) => p.b) });
    pushTo(partners, c.docs[1], { doc: c.docs[0], own: c.passages.map((p) => p.b), other: c.passages.map((p) => p.a) });
  }
  return { partners: (doc) => partners.get(doc) ?? [] };
}
