import { describe, expect, it } from 'vitest';
import { createDoc } from '../core/doc.js';
import { defaultConfiguration } from '../pipeline/configuration.js';
import { processDoc } from '../pipeline/process-doc.js';
import { ALL_PAIRS_UP_TO, BOILERPLATE_MAX_WORDS, BOILERPLATE_MIN_DOCS, BOILERPLATE_SHARE, boilerplateSampled, findCopies, longRuns, MIN_PASSAGE_WORDS } from './copies.js';
import { winnow } from './winnow.js';

const config = defaultConfiguration();
const analysed = (id: string, source: string) => processDoc(createDoc({ id, input: `${id}.txt`, kind: 'text', sha256: '', encoding: 'utf-8', source }), config);
const prints = (...docs: ReturnType<typeof analysed>[]) => docs.map((a) => ({ doc: a.doc.id, print: a.fingerprint }));

const WIRE = 'Russian President Vladimir Putin hailed North Korean troops sent to fight in Ukraine as “heroic” in a letter to Kim Jong Un, North Korean state media reported Friday.';
const LETTER = "In a letter marking the anniversary of Korea's liberation from Japanese rule, Putin recalled how Soviet Red Army troops and North Korean forces fought together to end Japan's colonial occupation.";

describe('findCopies: passages two reports share word for word', () => {
  it('finds a copied opening, through a changed word and a broken line, with each side\'s span', () => {
    const a = analysed('a', `${WIRE}\n\n${LETTER}\n\nThe rest of the first report is its own reporting on the summit and the talks.`);
    const b = analysed('b', `${WIRE.replace(' as “heroic”', ' as\n“heroic”')}\n\n${LETTER.replace('Army troops', 'Army units')}\n\nA second report goes on to describe the war in Kursk in words of its own.`);
    const [copy, ...others] = findCopies(prints(a, b));
    expect(others).toEqual([]);
    expect(copy!.docs).toEqual(['a', 'b']);
    // the two paragraphs follow each other in both: one passage, through the changed word
    expect(copy!.passages).toHaveLength(1);
    const [p] = copy!.passages;
    expect(a.doc.source.slice(p!.a.start, p!.a.end)).toBe(`${WIRE}\n\n${LETTER.slice(0, -1)}`);
    expect(b.doc.source.slice(p!.b.start, p!.b.end)).toBe(`${WIRE.replace(' as “heroic”', ' as\n“heroic”')}\n\n${LETTER.replace('Army troops', 'Army units').slice(0, -1)}`);
    expect(copy!.share).toBeGreaterThan(0.5);
  });

  it('does not take a short shared phrase or quote for a copy', () => {
    const a = analysed('a', 'Officials said the bonds of military friendship remain solid and reliable even today, and the talks went on.');
    const b = analysed('b', 'In his letter he wrote that the bonds of military friendship remain solid and reliable even today, a line state media repeated.');
    expect(MIN_PASSAGE_WORDS).toBeGreaterThan(12);
    expect(findCopies(prints(a, b))).toEqual([]);
  });

  it('skips text that most of a large batch shares (a site footer)', () => {
    const footer = 'Sign up for our newsletter to get the best of our journalism delivered to your inbox every morning before breakfast with no charge at all';
    const reports = Array.from({ length: BOILERPLATE_MIN_DOCS }, (_, i) => analysed(`r${i}`, `Report number ${i} tells its own story of the day in plain words. ${footer}`));
    expect(findCopies(prints(...reports))).toEqual([]);
  });

  it('pairs a story that many reports copy with its first report only, so pairs grow with the reports, not their square', () => {
    const story = `${WIRE} ${LETTER}`;
    const own = (i: number) => `Desk ${i} adds a paragraph of its own about the local angle ${'and more words '.repeat(3)}${i}.`;
    const reports = Array.from({ length: ALL_PAIRS_UP_TO + 4 }, (_, i) => analysed(`r${i}`, `${story}\n\n${own(i)}`));
    const others = Array.from({ length: 30 }, (_, i) => analysed(`x${i}`, `An unrelated report ${i} on the weather in a distant city, with rain expected ${'later in the week '.repeat(2)}${i}.`));
    const copies = findCopies(prints(...reports, ...others));
    expect(copies).toHaveLength(reports.length - 1);
    expect(new Set(copies.map((c) => c.docs[0]))).toEqual(new Set(['r0']));
  });

  it('finds, for the documents involved, the copies the whole batch gives them, earlier documents indexed only where they meet them', () => {
    const story = `${WIRE} ${LETTER}`;
    const own = (i: number) => `Desk ${i} adds a paragraph of its own about the local angle ${'and more words '.repeat(3)}${i}.`;
    // a star (more reports than ALL_PAIRS_UP_TO copy the story), a pair among earlier reports alone, and a late report copying an earlier one
    const copiers = Array.from({ length: ALL_PAIRS_UP_TO + 3 }, (_, i) => analysed(`s${i}`, `${story}\n\n${own(i)}`));
    const earlierPair = [analysed('p0', `${LETTER} ${own(90)}`), analysed('p1', `${LETTER} ${own(91)}`)];
    const late = analysed('late', `${own(92)}\n\n${WIRE}\n\n${LETTER}`);
    const all = prints(...copiers, ...earlierPair, late);
    const involving = new Set(['s9', 's10', 'late']);
    const whole = findCopies(all).filter((c) => involving.has(c.docs[0]) || involving.has(c.docs[1]));
    expect(whole.length).toBeGreaterThan(2);
    expect(findCopies(all, { involving })).toEqual(whole);
  });

  it('tells boilerplate by a store\'s counts where given: a footer known by its sampled shingles alone pairs no new reports', () => {
    const footer = 'Sign up for our newsletter to get the best of our journalism delivered to your inbox every morning before breakfast with no charge at all';
    const [a, b] = [0, 1].map((i) => analysed(`n${i}`, `Report ${i} counted ${i + 100} trucks near village ${i + 200} on day ${i + 300}. ${footer}`));
    const involving = new Set(['n0', 'n1']);
    // two reports alone are too few to tell boilerplate: the footer is a passage
    expect(findCopies(prints(a!, b!), { involving }).map((c) => c.docs)).toEqual([['n0', 'n1']]);
    // a store of 40 keeps counts of sampled shingles only: 30 have the footer's
    const sampled = winnow(analysed('f', footer).fingerprint.hashes);
    expect(sampled.length).toBeLessThan(analysed('f', footer).fingerprint.hashes.length / 2);
    const earlier = { documents: 40, shingles: new Map(sampled.map((h) => [h, 30])) };
    expect(findCopies(prints(a!, b!), { involving, earlier })).toEqual([]);
  });

  it('takes a passage most of the reports compared copy for copying, where the store they join is large', () => {
    // a passage shorter than BOILERPLATE_MAX_WORDS, and lines of their own in which every shingle holds a number
    const own = (i: number) => `Desk ${i} reports ${i + 100} trucks near village ${i + 200} at dawn.`;
    const copiers = Array.from({ length: 14 }, (_, i) => analysed(`s${i}`, `${WIRE}\n\n${own(i)}`));
    const others = Array.from({ length: 6 }, (_, i) => analysed(`x${i}`, `An unrelated report ${i} on the weather in a distant city, with rain expected ${'later in the week '.repeat(2)}${i}.`));
    const all = prints(...copiers, ...others);
    expect(copiers.length).toBeGreaterThan(BOILERPLATE_SHARE * all.length);
    const involving = new Set(all.map((p) => p.doc));
    // judged by the 20 compared, the passage is boilerplate; in a store of 100 more, it is copied by 14 of 120
    expect(findCopies(all, { involving })).toEqual([]);
    const copies = findCopies(all, { involving, earlier: { documents: 100, shingles: new Map() } });
    expect(copies).toHaveLength(copiers.length - 1);
    expect(new Set(copies.map((c) => c.docs[0]))).toEqual(new Set(['s0']));
  });

  it('tells which sampled shingles of a chunk most of the store and the chunk have, counting each report once, and not those of a long run', () => {
    // a report whose shingles are these hashes in this order, each sampled
    const report = (...hashes: number[]) => ({ sample: hashes, print: { starts: new Int32Array(), ends: new Int32Array(), hashes: Float64Array.from(hashes) } });
    const earlier = { documents: 20, shingles: new Map([[1, 11], [2, 10], [3, 4]]) };
    // with a chunk of 4: shingle 1 in 11 + 1 of 24, not more than half; shingle 2 in 10 + 3 (twice in one report counts once)
    expect(boilerplateSampled(earlier, [report(1), report(2), report(2, 2), report(2, 3)])).toEqual(new Set([2]));
    expect(boilerplateSampled(earlier, [report(1)])).toEqual(new Set([1]));
    // too few reports to tell
    expect(boilerplateSampled({ documents: 5, shingles: new Map([[1, 5]]) }, [report(1)])).toEqual(new Set());
    // a report where shingle 2 runs on past BOILERPLATE_MAX_WORDS: a story most of the store runs, no boilerplate
    const long = report(...Array.from({ length: BOILERPLATE_MAX_WORDS }, () => 2));
    expect(boilerplateSampled(earlier, [report(2), report(2, 3), long])).toEqual(new Set());
  });

  it('splits a report\'s boilerplate shingles into the runs past BOILERPLATE_MAX_WORDS and the rest, a sampled window apart at most', () => {
    const long = Array.from({ length: 8 }, (_, i) => 100 + i * 9); // 100 … 163: 63 shingles, 71 words, with gaps of 9
    expect(longRuns([3, 4, 5, ...long, 200, 230])).toEqual({ runs: [[100, 163]], rest: [3, 4, 5, 200, 230] });
    // the words of 53 shingles (the last one's 7 more) make 60, no more than BOILERPLATE_MAX_WORDS; a window and one more apart is two runs
    expect(longRuns([0, 13, 26, 39, 52])).toEqual({ runs: [], rest: [0, 13, 26, 39, 52] });
    expect(longRuns([0, 13, 26, 39, 52, 53])).toEqual({ runs: [[0, 53]], rest: [] });
    expect(longRuns([0, 14, 28, 42, 56])).toEqual({ runs: [], rest: [0, 14, 28, 42, 56] });
  });

  it('pairs the reports of a story most of a batch runs word for word (agency copy), where a short footer they all have stays boilerplate', () => {
    const agency = `SEOUL (AP) — North Korea has sent about 3,000 more troops to Russia this year to support its war against Ukraine, South Korea's military said Tuesday, adding that the North had also supplied more missiles and artillery systems. The Joint Chiefs of Staff said the new deployments came on top of the 11,000 soldiers North Korea sent last fall, about 4,000 of whom have been killed or wounded.`;
    const footer = 'Sign up for our newsletter to get the best of our journalism delivered to your inbox every morning before breakfast with no charge at all';
    const own = (i: number) => `Desk ${i} reports ${i + 100} trucks near village ${i + 200} at dawn.`;
    const carriers = Array.from({ length: 13 }, (_, i) => analysed(`a${i}`, `${footer}\n\n${own(i)}\n\n${agency}`));
    const others = Array.from({ length: 11 }, (_, i) => analysed(`x${i}`, `${footer}\n\n${own(100 + i)}`));
    const all = [...carriers, ...others];
    expect(carriers.length).toBeGreaterThan(BOILERPLATE_SHARE * all.length);
    const copies = findCopies(prints(...all));
    expect(copies).toHaveLength(carriers.length - 1);
    for (const c of copies) {
      expect(c.docs[0]).toBe('a0');
      // the story (with the words before it that every report has), and not the footer
      expect(c.passages.map((p) => carriers[0]!.doc.source.slice(p.a.start, p.a.end))).toEqual([`at dawn.\n\n${agency.slice(0, -1)}`]);
    }
  });
});
