/**
 * Dated happenings: a clause that ties something that happened (or was signed,
 * sent, confirmed…) to a date of the calendar ("a mutual defense treaty signed
 * by Putin and Kim in June 2024"). The date of saying ("said Monday") is the
 * claim's, not an event; lengths, "now" and plans in the future are left out.
 */
import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { matchesOf } from '../../core/matches-of.js';
import { assertedAt } from './claim-time.js';
import type { Timex } from './index.js';

export interface TimedEvent {
  /** the clause stating it, over the clean text */
  readonly range: Span;
  readonly time: Timex;
  /** what kind of happening its words say, when they do */
  readonly kind: string | null;
}

/** Kinds of happening and the words that name them (stems, matched at word starts). */
const KINDS: readonly (readonly [string, RegExp])[] = [
  ['agreement', /\b(?:sign(?:ed|ing)?|treat(?:y|ies)|pacts?|agreements?|accords?|partnership|formali[sz]ed|ratif(?:ied|y))\b/gi],
  ['deployment', /\b(?:deploy(?:ed|ment|ments)?|sen[dt]|sending|dispatch(?:ed)?|troops?\s+(?:arrived|entered))\b/gi],
  ['confirmation', /\b(?:confirm(?:ed|s)?|acknowledg(?:ed|ment)|admit(?:ted)?|admission)\b/gi],
  ['attack', /\b(?:attack(?:ed|s)?|strikes?|struck|shell(?:ed|ing)|bomb(?:ed|ing)|invaded?|invasion|offensive|incursion)\b/gi],
  ['death', /\b(?:killed|died|death|dead)\b/gi],
  ['meeting', /\b(?:met|meeting|summit|visit(?:ed)?|talks|phone\s+call)\b/gi],
  ['announcement', /\b(?:announc(?:ed|ement)|unveil(?:ed)?|launch(?:ed)?)\b/gi],
  ['sanction', /\b(?:sanction(?:s|ed)?|embargo)\b/gi],
  ['election', /\b(?:elect(?:ed|ion)|vot(?:ed|e))\b/gi],
];

/** A verb in the past tense or a participle near the date: the clause states a happening. */
const HAPPENED = /\b(?:\w+ed|sent|began|begun|met|made|took|won|lost|fought|struck|came|went|held|began|left|gave|built|led|saw|became|broke|fell|rose)\b/i;

const MAX_SUMMARY = 220;

/** Plain reporting verbs: the day something was said is the claim's date, while the day it was confirmed or announced is an event. */
const REPORTING_CUE = /^(?:said|says|say|told|tells|reported|reports|stated|states|added|adds|noted|notes|wrote|writes|according)\b/i;

/** `cues`: the attribution cues of the document, whose dates of saying are not events. */
export function findEvents(doc: Doc, times: readonly Timex[], cues: readonly Span[]): TimedEvent[] {
  const saidAt = new Set<Timex>();
  for (const cue of cues) {
    if (!REPORTING_CUE.test(doc.text.slice(cue.start, cue.end))) continue;
    const said = assertedAt(cue, times.filter((t) => doc.sentences[t.sentence]!.range.start <= cue.start && cue.start < doc.sentences[t.sentence]!.range.end), doc.text);
    if (said) saidAt.add(said);
  }
  const events: TimedEvent[] = [];
  for (const t of times) {
    if (t.value.kind !== 'point' || t.future || saidAt.has(t)) continue;
    if (t.value.hour !== undefined && t.value.day === undefined && t.value.weekday === undefined) continue;
    const range = clauseAround(doc, t);
    const text = doc.text.slice(range.start, range.end);
    if (!HAPPENED.test(text)) continue;
    events.push({ range, time: t, kind: kindOf(text, t.range.start - range.start) });
  }
  return events;
}

/** The kind whose word stands nearest the date in the clause. */
function kindOf(text: string, at: number): string | null {
  let best: { kind: string; distance: number } | null = null;
  for (const [kind, words] of KINDS) {
    for (const m of matchesOf(words, text)) {
      const distance = Math.abs(m.index - at);
      if (!best || distance < best.distance) best = { kind, distance };
    }
  }
  return best?.kind ?? null;
}

/** The sentence, or where it is long, the stretch between the punctuation around the date. */
function clauseAround(doc: Doc, t: Timex): Span {
  const s = doc.sentences[t.sentence]!.range;
  let { start, end } = s;
  const text = doc.text;
  while (text[end - 1] === '.' || /\s/.test(text[end - 1] ?? '')) end--;
  if (end - start <= MAX_SUMMARY) return { start, end };
  const before = text.slice(start, t.range.start);
  const cut = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(' — '));
  if (cut >= 0 && t.range.start - (start + cut) > 30) start += cut + 2;
  const after = text.slice(t.range.end, end);
  const stop = after.search(/[;,] | — /);
  if (stop >= 0 && stop > 10) end = t.range.end + stop;
  return { start, end };
}
