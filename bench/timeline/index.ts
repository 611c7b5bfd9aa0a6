/**
 * `npm run bench -- timeline`: on SemEval-2015 Task 4 (TimeLine), the date each
 * gold event gets. The official track scores whole timelines of a target
 * entity (event extraction, cross-document coreference and ordering, through a
 * temporal-closure graph): beyond what Tally builds, so this benchmark scores
 * per-event date accuracy instead. Every system dates an event the way Tally
 * dates a claim: the nearest calendar time expression of its sentence with no
 * other in between, else the document's creation date. The engines differ:
 * Tally's time expressions, chrono-node's, Recognizers-Text's, and none (the
 * creation date for every event) as the floor.
 * Options: --errors N (that many of Tally's wrong dates).
 */
import type { Span } from '../../src/core/span.js';
import { nearestTo } from '../../src/extract/time/claim-time.js';
import type { Benchmark } from '../registry.js';
import { benchData, formatTable } from '../data.js';
import { chronoTimes, recognizersTimes } from '../time/references.js';
import { tallyTimes, type PredictedTimex } from '../time/tally-adapter.js';
import { readTimelines, type GoldEvent, type TimelineDoc } from './semeval.js';

export const timeline: Benchmark = {
  name: 'timeline',
  description: 'the date of each event of the SemEval-2015 TimeLine gold timelines, beside chrono-node and Recognizers-Text',
  run,
};

type System = (text: string, dct: string | null) => PredictedTimex[];

/** A calendar value a timeline can place: a year, month, day or week, with a time of day or not. */
const CALENDAR = /^\d{4}(?:-(?:\d{2}|W\d{2})(?:-\d{2})?)?(?:T.*)?$/;

async function run(args: readonly string[]): Promise<void> {
  const { docs, events, unplaced } = readTimelines(benchData('timex', 'semeval2015-timeline'));
  const dated = events.filter((e) => !e.date.startsWith('XXXX'));
  console.log(`SemEval-2015 TimeLine (corpus 1 and 2): ${docs.size} documents, ${events.length} gold events (${dated.length} dated, ${events.length - dated.length} left undated by the gold); ${unplaced.length} gold ids whose words are not in their sentence are skipped.`);
  const systems: [string, System | null][] = [
    ['Tally', tallyTimes],
    ['chrono-node 2', chronoTimes],
    ['Recognizers-Text (past reading)', recognizersTimes],
    ['creation date only (floor)', null],
  ];
  const rows: (string | number)[][] = [['system', 'dated events right', 'dated in their sentence: right / given', 'undated events given a date in their sentence']];
  rows.push(['best SemEval-2015 system (official timeline F1, main track)', '–', '–', 'F1 7.85 (not comparable)']);
  const errors: string[] = [];
  for (const [label, system] of systems) {
    const timesOf = new Map<string, PredictedTimex[]>();
    for (const d of docs.values()) timesOf.set(d.id, system ? system(d.text, d.dct || null).filter((t) => CALENDAR.test(t.value)) : []);
    let right = 0;
    let inSentence = 0;
    let inSentenceRight = 0;
    let undatedGiven = 0;
    for (const e of events) {
      const doc = docs.get(e.doc)!;
      const anchor = anchorOf(e, doc, timesOf.get(e.doc)!);
      if (e.date.startsWith('XXXX')) {
        if (anchor) undatedGiven++;
        continue;
      }
      const predicted = anchor?.value ?? doc.dct;
      const ok = consistent(predicted, e.date);
      if (ok) right++;
      if (anchor) {
        inSentence++;
        if (ok) inSentenceRight++;
      }
      if (label === 'Tally' && !ok) errors.push(`${e.id} gold ${e.date} got ${predicted}${anchor ? ` (${JSON.stringify(doc.text.slice(anchor.span.start, anchor.span.end))})` : ' (creation date)'} | ${sentenceOf(doc, e)}`);
    }
    const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
    rows.push([label, `${pct(right, dated.length)} (${right} / ${dated.length})`, `${pct(inSentenceRight, inSentence)} (${inSentenceRight} / ${inSentence})`, `${pct(undatedGiven, events.length - dated.length)}`]);
  }
  console.log(formatTable(rows));
  console.log('\nA predicted date is right when it agrees with the gold date as far as the gold goes (gold `2005-XX-XX` takes any day of 2005). No target is set for this per-event view.');
  if (args.includes('--errors')) {
    const n = Number(args[args.indexOf('--errors') + 1] ?? 0);
    console.log(`\nTally's wrong dates (${errors.length}):\n${errors.slice(0, n || errors.length).join('\n')}`);
  }
}

function anchorOf(e: GoldEvent, doc: TimelineDoc, times: readonly PredictedTimex[]): PredictedTimex | undefined {
  const sentence = doc.sentences[e.sentence]!;
  const candidates = times.filter((t) => t.span.start >= sentence.start && t.span.end <= sentence.end).map((t) => ({ range: t.span, t }));
  return nearestTo(e.span, candidates, [])?.t;
}

/** Whether the predicted value agrees with each part the gold date gives (year, month, day). */
export function consistent(predicted: string, gold: string): boolean {
  const [gy, gm, gd] = gold.split('-');
  const p = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(predicted);
  if (!p) return false;
  const parts: [string | undefined, string | undefined][] = [[gy, p[1]], [gm, p[2]], [gd, p[3]]];
  return parts.every(([g, q]) => g === undefined || g === 'XX' || g === q);
}

function sentenceOf(doc: TimelineDoc, e: GoldEvent): string {
  const s: Span = doc.sentences[e.sentence]!;
  return `${doc.text.slice(s.start, e.span.start)}[${doc.text.slice(e.span.start, e.span.end)}]${doc.text.slice(e.span.end, s.end)}`.slice(0, 220);
}
