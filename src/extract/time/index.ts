/**
 * The time stage: every time expression of a document, with its TimeML value
 * and the days it covers, resolved against the document's reference date.
 * Extractors find expressions sentence by sentence; refiners merge and mark
 * them; resolution comes last, once the reference date is known.
 */
import type { DateParts } from '../../core/datetime.js';
import type { Doc } from '../../core/doc.js';
import { parseDate } from './calendar.js';
import { matchesOf } from '../../core/matches-of.js';
import type { TimeExtractor, TimeRefiner } from './extractor.js';
import { TriggerScan } from './trigger-scan.js';
import { ago, relativeUnit } from './extractors/relative-unit.js';
import { decade, fiscalYear, year } from './extractors/year.js';
import { duration, recurrence, singleUnitSpan, vagueDuration } from './extractors/duration.js';
import { half, quarter, season } from './extractors/season-quarter.js';
import { isoDate, slashedDate } from './extractors/numeric-date.js';
import { month } from './extractors/month.js';
import { monthYear, writtenDate } from './extractors/written-date.js';
import { reference } from './extractors/reference.js';
import { relativeDay } from './extractors/relative-day.js';
import { timeOfDay } from './extractors/time-of-day.js';
import { weekday } from './extractors/weekday.js';
import { FUTURE_CUES, POSSIBLE_FUTURE_CUES } from './lexicon.js';
import { isClockOnly, type TimeMention } from './mention.js';
import { combineAdjacent } from './refiners/combine-adjacent.js';
import { longestWins } from './refiners/longest-wins.js';
import { signals } from './refiners/signals.js';
import { resolve, type Resolved } from './resolve.js';

export type { TimeMention, TimeValue, Point, Relation } from './mention.js';
export type { Period, Resolved } from './resolve.js';

export interface TimeConfiguration {
  readonly extractors: readonly TimeExtractor[];
  readonly refiners: readonly TimeRefiner[];
}

export function defaultTimeConfiguration(): TimeConfiguration {
  return {
    extractors: [isoDate, slashedDate, writtenDate, monthYear, month, year, decade, fiscalYear, quarter, half, season, relativeDay, relativeUnit, ago, weekday, timeOfDay, duration, singleUnitSpan, vagueDuration, recurrence, reference],
    refiners: [longestWins, combineAdjacent, signals],
  };
}

/** A time expression with its resolved value. */
export interface Timex extends TimeMention {
  readonly type: Resolved['type'];
  /** the TimeML value */
  readonly normalized: string;
  readonly period: Resolved['period'];
  /** the clause speaks of the future (decides which "Friday" is meant) */
  readonly future: boolean;
}

export function findTimes(doc: Doc, config: TimeConfiguration): TimeMention[] {
  let mentions: TimeMention[] = [];
  const texts = doc.sentences.map((s) => doc.text.slice(s.range.start, s.range.end));
  const { scan, triggerOf } = triggerPlanOf(config.extractors);
  const holding = scan.sentences(doc);
  for (const [k, extractor] of config.extractors.entries()) {
    const trigger = triggerOf[k]!;
    for (const index of trigger >= 0 ? holding[trigger]! : doc.sentences.keys()) {
      const s = doc.sentences[index]!;
      const text = texts[index]!;
      for (const m of matchesOf(extractor.pattern, text)) {
        const f = extractor.build(m, text);
        if (!f) continue;
        const start = s.range.start + m.index + (f.start ?? 0);
        const end = s.range.start + m.index + (f.end ?? m[0].length);
        const mention: TimeMention = { range: { start, end }, sentence: index, value: f.value, rule: extractor.name };
        if (f.mod) mention.mod = f.mod;
        mentions.push(mention);
      }
    }
  }
  // stable: mentions of one span stay in the extractors' order
  mentions.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  for (const refiner of config.refiners) mentions = refiner.refine(mentions, doc);
  return mentions;
}

/** A configuration's scan, and each extractor's trigger among the scan's (-1: none, every sentence is searched). */
interface TriggerPlan {
  readonly scan: TriggerScan;
  readonly triggerOf: readonly number[];
}

const plans = new WeakMap<readonly TimeExtractor[], TriggerPlan>();

/** The plan for a configuration's extractors, made on its first document; extractors may share a trigger (the month names). */
function triggerPlanOf(extractors: readonly TimeExtractor[]): TriggerPlan {
  let plan = plans.get(extractors);
  if (!plan) {
    const triggers = [...new Set(extractors.flatMap((e) => (e.trigger ? [e.trigger] : [])))];
    plan = { scan: new TriggerScan(triggers), triggerOf: extractors.map((e) => (e.trigger ? triggers.indexOf(e.trigger) : -1)) };
    plans.set(extractors, plan);
  }
  return plan;
}

/** The date relative expressions count from: the last update the text carries, else its publication, when either is known. */
export function referenceDate(doc: Doc): DateParts | null {
  for (const field of [doc.meta.updated, doc.meta.published]) {
    if (field && field.basis !== 'inferred') return parseDate(field.value);
  }
  return null;
}

/** Does the clause around a mention speak of the future? */
export function speaksOfFuture(doc: Doc, m: TimeMention): boolean {
  // "since December" counts back from now, whatever the clause says of what may follow
  if (m.signal?.relation === 'since') return false;
  const s = doc.sentences[m.sentence]!.range;
  const before = doc.text.slice(Math.max(s.start, m.range.start - 120), m.range.start).replace(/^.*[;:]/s, '');
  const after = doc.text.slice(m.range.end, Math.min(s.end, m.range.end + 60)).replace(/[;:].*$/s, '');
  if (FUTURE_CUES.test(before) || /^\W*(?:will|is\s+(?:due|set|scheduled|expected))\b/i.test(after)) return true;
  const weekday = m.value.kind === 'point' && m.value.weekday !== undefined && m.value.month === undefined;
  return !weekday && (FUTURE_CUES.test(after) || POSSIBLE_FUTURE_CUES.test(before) || POSSIBLE_FUTURE_CUES.test(after));
}

/**
 * Resolves each mention against the reference date, except where the text
 * itself gives the anchor: "the previous year" counts from the year named
 * before it, and a clock time alone ("18:00 UTC") belongs to the day named in
 * its sentence or the one before.
 */
export function resolveTimes(doc: Doc, mentions: readonly TimeMention[], ref: DateParts | null): Timex[] {
  const out: Timex[] = [];
  let named: Timex | undefined;
  for (const m of mentions) {
    const future = speaksOfFuture(doc, m);
    const anchor = named?.period ? parseDate(named.period.start) : null;
    let base = ref;
    if (m.value.kind === 'point' && anchor) {
      if (m.value.anaphoric) base = anchor;
      else if (isClockOnly(m.value) && named!.period!.start === named!.period!.end && m.sentence - named!.sentence <= 1) base = anchor;
    }
    const r = resolve(m.value, base, future);
    const t: Timex = { ...m, type: r.type, normalized: r.value, period: r.period, future };
    out.push(t);
    if (t.period && m.value.kind === 'point' && !isClockOnly(m.value)) named = t;
  }
  return out;
}
