/**
 * Dating a report that carries no date by the dated reports beside it. An
 * undated report's event ("In June last year, North Korea and Russia
 * formalised a partnership") that is the same happening as a dated event of
 * another report ("a treaty signed by Putin and Kim in June 2024") tells when
 * the report was written: only on the days for which "June last year" means
 * June 2024. The days every such match allows, and the report's own lower
 * bound, become its inferred publication window; each of its time expressions
 * that reads the same on the first and the last day of the window is then
 * resolved ("June last year" → 2024-06), the others stay open ("August").
 *
 * Two events are taken as one happening when they are of the same kind, the
 * undated one can mean the other's date (which must be at least as precise),
 * and either its expression ties a month to a year ("June last year") or the
 * two clauses share words beyond the story's common ones; where dated events
 * of different dates could be meant, the one whose clause shares the most
 * words decides, and a tie leaves the report undated. Reads the analyses' events and
 * times; never the documents' text.
 */
import { addMessage, type DateField } from '../core/doc.js';
import { formatDate, type DateParts } from '../core/datetime.js';
import { findEvents, type TimedEvent } from '../extract/time/events.js';
import { resolveTimes, type Timex } from '../extract/time/index.js';
import { resolve } from '../extract/time/resolve.js';
import { addDays, parseDate, weekdayOf } from '../extract/time/calendar.js';
import type { Analysis } from '../pipeline/process-doc.js';
import { EventWords, StemCounts } from './event-words.js';
import { pushTo } from '../core/multimap.js';
import { memoized } from '../core/memo.js';

/** How long after a dated event a report may speak of it and still be dated by it, in days (a search bound, not a claim). */
const HORIZON_DAYS = 3 * 366;

/** Dated events of one date whose clauses are compared with an undated event's, at most (a wire story dated in thousands of reports). */
export const MAX_PER_DATE = 50;

/** Shared words (beyond kind and date) needed to take a bare month or a year ("in April", "last year") as another report's event. */
const MIN_SHARED_WORDS = 2;

/** A dated happening of some report: its kind, its date's value and period, and its clause as written. */
export interface DatedEvent {
  readonly doc: string;
  readonly kind: string;
  readonly value: string;
  readonly start: string;
  readonly end: string;
  readonly clause: string;
}

/**
 * What dates a batch's undated reports, besides a store: every report of the
 * batch, and their dated events in the batch's order.
 */
export interface DatingBatch {
  readonly ids: readonly string[];
  readonly events: readonly DatedEvent[];
}

export function datingBatchOf(analyses: readonly Analysis[]): DatingBatch {
  return { ids: analyses.map((a) => a.doc.id), events: analyses.flatMap(datedEventsOfAnalysis) };
}

/**
 * The analyses, with those that carry no date dated by the dated events of
 * their batch (by default, the analyses given) and of `store` (a store's,
 * indexed as they came in). The story's common words are counted over dated
 * clauses alone, as a store counts them. What dates a report depends on the
 * batch and the store, not on which of the batch's reports are given: a
 * thread dates the undated reports it analysed, by the same batch as every
 * other thread.
 */
export function dateUndatedReports(analyses: readonly Analysis[], batch: DatingBatch = datingBatchOf(analyses), store: DatedEvents = new DatedEvents()): Analysis[] {
  const inBatch = new Set([...batch.ids, ...analyses.map((a) => a.doc.id)]);
  // as many of a date's events as any report, its own left out, compares: without a cap, each undated event
  // read every dated event of its kind, and a batch's dating grew with the square of its reports
  const events = new DatedEvents(MAX_PER_DATE, true).add(batch.events, false);
  if (events.size + store.size === 0) return [...analyses];
  const latest = events.latest > store.latest ? events.latest : store.latest;
  const words = new EventWords(batch.events.map((d) => d.clause), store.stems);
  // the store's events of the batch's reports are those of their earlier versions
  const candidates = (e: TimedEvent, a: Analysis) => candidateDates(e, store.dates(e), events.dates(e), (d) => d.doc !== a.doc.id, (d) => !inBatch.has(d.doc));
  return analyses.map((a) => (isUndated(a) ? dateByOthers(a, candidates, shift(latest, HORIZON_DAYS), words) : a));
}

/**
 * The dated events an undated event could name, a date at a time: the store's
 * (whose reports came before the batch's) then the batch's, the first
 * `MAX_PER_DATE` of each date that `keep` (of the batch's) and `keepStored`
 * (of the store's) let through. A date's events share their period, so the
 * quick test of the name is made once a date.
 */
function candidateDates(
  e: TimedEvent,
  stored: ReadonlyMap<string, readonly DatedEvent[]>,
  batch: ReadonlyMap<string, readonly DatedEvent[]>,
  keep: (d: DatedEvent) => boolean,
  keepStored: (d: DatedEvent) => boolean,
): (readonly DatedEvent[])[] {
  const out: (readonly DatedEvent[])[] = [];
  const take = (first: readonly DatedEvent[], firstKeep: (d: DatedEvent) => boolean, then: readonly DatedEvent[]) => {
    const kept: DatedEvent[] = [];
    for (const d of first) if (kept.length < MAX_PER_DATE && firstKeep(d)) kept.push(d);
    for (const d of then) if (kept.length < MAX_PER_DATE && keep(d)) kept.push(d);
    if (kept.length > 0) out.push(kept);
  };
  for (const [date, events] of stored) if (couldName(e.time, events[0]!)) take(events, keepStored, batch.get(date) ?? []);
  for (const [date, events] of batch) if (!stored.has(date) && couldName(e.time, events[0]!)) take(events, keep, []);
  return out;
}

/** A report's events that carry a full date, as the dating of other reports reads them. */
export function datedEventsOfAnalysis(a: Analysis): DatedEvent[] {
  const out: DatedEvent[] = [];
  for (const e of a.events) {
    const p = e.time.period;
    if (e.kind && p && !/X/.test(e.time.normalized)) out.push({ doc: a.doc.id, kind: e.kind, value: e.time.normalized, start: p.start, end: p.end, clause: a.doc.text.slice(e.range.start, e.range.end) });
  }
  return out;
}

/**
 * Dated events by kind, and by kind and month for those within one month:
 * an undated event looks only at those it could name, so the batch is not
 * searched once per undated event. Each list keeps, per date, the first
 * `perDate` events (the earliest reports'), as many as `sameHappening`
 * compares: what an undated event is compared with grows with the story's
 * dates, not with its reports. A store's index grows as its reports come in.
 * A batch's is read by its own reports, each leaving its own events out
 * (`besidesAnyOne`): it keeps a date's events until `perDate` of them are
 * of reports other than the one that gave the most, so that every report
 * still finds the first `perDate` of the others'.
 */
export class DatedEvents {
  /** per list, its events by date (the date's key of `indexKeys`), in the order they came */
  private readonly lists = new Map<string, Map<string, DatedEvent[]>>();
  private readonly perDateCount = new Map<string, DateCount>();
  /** the stems of every event clause added */
  readonly stems = new StemCounts();
  /** the end of the latest period added */
  latest = '';
  size = 0;

  constructor(
    private readonly perDate = Number.POSITIVE_INFINITY,
    private readonly besidesAnyOne = false,
  ) {}

  /** Adds events; `countWords`: also count their clauses' stems (the batch's own are counted from all its events). */
  add(events: readonly DatedEvent[], countWords = true): this {
    for (const d of events) {
      this.size++;
      if (countWords) this.stems.add(d.clause);
      if (d.end > this.latest) this.latest = d.end;
      for (const { list, date } of indexKeys(d)) {
        if (this.perDate !== Number.POSITIVE_INFINITY) {
          let count = this.perDateCount.get(date);
          if (!count) this.perDateCount.set(date, (count = { n: 0, most: 0, byDoc: this.besidesAnyOne ? new Map() : null }));
          // once full, a date's count stands: what is kept is the first events, in the order they came
          if (count.n - count.most >= this.perDate) continue;
          count.n++;
          if (count.byDoc) {
            const mine = (count.byDoc.get(d.doc) ?? 0) + 1;
            count.byDoc.set(d.doc, mine);
            if (mine > count.most) count.most = mine;
          }
        }
        let dates = this.lists.get(list);
        if (!dates) this.lists.set(list, (dates = new Map()));
        pushTo(dates, date, d);
      }
    }
    return this;
  }

  /**
   * Takes a store's counts as its own: the stems of all its dated clauses,
   * how many there are, and its latest date (a store keeps these, and only the
   * events an index keeps: `add` them with `countWords` false).
   */
  countAs(stems: Iterable<readonly [string, number]>, clauses: number, latest: string): this {
    this.stems.assign(stems, clauses);
    this.size = clauses;
    if (latest > this.latest) this.latest = latest;
    return this;
  }

  /** The dated events the undated event could be, of any report, by date. */
  dates(e: TimedEvent): ReadonlyMap<string, readonly DatedEvent[]> {
    const v = e.time.value;
    return this.lists.get(v.kind === 'point' && v.month !== undefined ? `${e.kind}|${v.month}` : e.kind!) ?? NO_DATES;
  }
}

const NO_DATES: ReadonlyMap<string, readonly DatedEvent[]> = new Map();

/** A date's events kept in a list; of each report's, where a batch keeps them besides any one report's. */
interface DateCount {
  n: number;
  most: number;
  readonly byDoc: Map<string, number> | null;
}

/**
 * The lists a dated event goes in (by kind; by kind and month when it lies
 * within one month), each with the key of its date there, which the cap per
 * date counts by.
 */
export function indexKeys(d: DatedEvent): { list: string; date: string }[] {
  const out = [{ list: d.kind, date: `${d.kind}|${d.start}|${d.end}` }];
  if (d.start.slice(0, 7) === d.end.slice(0, 7)) {
    const list = `${d.kind}|${Number(d.start.slice(5, 7))}`;
    out.push({ list, date: `${list}|${d.start}|${d.end}` });
  }
  return out;
}

/** A report that carries no date and has events that other reports' dated events may date (`dateUndatedReports` changes no other). */
export function awaitsDating(a: Analysis): boolean {
  return isUndated(a) && a.events.some((e) => e.kind && /X/.test(e.time.normalized));
}

/** A report that carries no date of its own, which other reports may date. */
export function isUndated(a: Analysis): boolean {
  const p = a.doc.meta.published;
  return a.doc.status !== 'failed' && (!p || (p.basis === 'inferred' && p.latest === undefined)) && !(a.doc.meta.updated && a.doc.meta.updated.basis !== 'inferred');
}

function dateByOthers(a: Analysis, candidates: (e: TimedEvent, a: Analysis) => readonly (readonly DatedEvent[])[], horizon: string, words: EventWords): Analysis {
  const lower = a.doc.meta.published?.earliest ?? null;
  let days: string[] | null = null;
  const evidence: string[] = [];
  for (const e of a.events) {
    if (!e.kind || !/X/.test(e.time.normalized)) continue;
    const match = sameHappening(e, a.doc.text.slice(e.range.start, e.range.end), candidates(e, a), lower, horizon, words);
    if (!match) continue;
    const allowed = new Set(match.days);
    const narrowed: string[] = days === null ? match.days : days.filter((d) => allowed.has(d));
    // two matches that cannot both hold: one of them is not the same happening, and neither is trusted
    if (narrowed.length === 0) return a;
    days = narrowed;
    evidence.push(`“${a.doc.text.slice(e.time.range.start, e.time.range.end)}” is the ${e.kind} of ${match.event.value} that ${match.event.doc} reports`);
  }
  if (!days || days.length === 0) return a;
  const earliest = days[0]!;
  const latest = days[days.length - 1]!;
  const published: DateField = { value: earliest, basis: 'inferred', earliest, latest };
  a.doc.meta.published = published;
  // the window replaces what the report alone could say of its date
  a.doc.messages = a.doc.messages.filter((m) => m.rule !== 'time/no-publication-date' && m.rule !== 'time/inferred-publication');
  addMessage(a.doc, 'time/dated-by-other-reports', 'info', `no publication date: written between ${earliest} and ${latest}, since ${evidence.join('; ')}`);
  const times = resolveInWindow(a, parse(earliest), parse(latest));
  const events = findEvents(a.doc, times, a.attributions.map((x) => x.cue));
  return { ...a, times, events };
}

/**
 * The dated event the undated one is, with the days of writing that make them
 * one; null when none or several could be. A month tied to a year counted
 * from the writing ("June last year") is specific enough with the kind alone;
 * a bare month or a year must also share words with the dated event's clause.
 */
function sameHappening(e: TimedEvent, clause: string, dates: readonly (readonly DatedEvent[])[], lower: string | null, horizon: string, words: EventWords): { event: DatedEvent; days: string[] } | null {
  // dated events of one date are one candidate, the one whose clause shares the most words standing for it
  const candidates: { event: DatedEvent; days: string[]; shared: number }[] = [];
  const sharedWithClause = words.sharedWith(clause);
  for (const same of dates) {
    let best: { event: DatedEvent; shared: number } | null = null;
    for (const d of same) {
      const shared = sharedWithClause(d.clause);
      if (!pinsMonthAndYear(e.time) && shared < MIN_SHARED_WORDS) continue;
      if (!best || shared > best.shared) best = { event: d, shared };
    }
    if (!best) continue;
    const d = best.event;
    const from = lower && lower > d.start ? lower : d.start;
    const until = shift(d.end, HORIZON_DAYS);
    const days = daysMeaning(e.time, d, from, until < horizon ? until : horizon);
    if (days.length > 0) candidates.push({ ...best, days });
  }
  if (candidates.length === 0) return null;
  // dated reports that agree on the date ("April 2025", "April 26, 2025"): the most precise one bounds the writing best
  if (candidates.every((c) => candidates.every((o) => nested(c.event, o.event)))) return candidates.sort((x, y) => y.event.value.length - x.event.value.length)[0]!;
  const best = candidates.filter((c) => c.shared > 0).sort((x, y) => y.shared - x.shared);
  return best.length > 0 && (best.length === 1 || best[0]!.shared > best[1]!.shared) ? best[0]! : null;
}

function pinsMonthAndYear(t: Timex): boolean {
  return t.value.kind === 'point' && t.value.month !== undefined && t.value.relative?.unit === 'year';
}

/**
 * The days of writing, from `from` to `to`, on which the expression means a
 * period holding the dated event's date. A dated event less precise than the
 * expression ("2025" for "August") cannot say which August: none.
 */
function daysMeaning(t: Timex, d: DatedEvent, from: string, to: string): string[] {
  // many reports of a story write the same expression of the same event: the day-by-day walk is done once for each,
  // over every day that may speak of the event, and each report takes the days of its own window
  const key = `${JSON.stringify(t.value)}|${t.future}|${d.start}|${d.end}`;
  let days = DAYS_MEANING.get(key);
  if (!days) {
    days = walkDays(t, d, d.start, shift(d.end, HORIZON_DAYS));
    if (DAYS_MEANING.size > 10_000) DAYS_MEANING.clear();
    DAYS_MEANING.set(key, days);
  }
  return days.slice(firstAtLeast(days, from), firstAtLeast(days, to, true));
}

/** The index of the first of the ascending ISO days at or after `day` (after it, with `past`). */
function firstAtLeast(days: readonly string[], day: string, past = false): number {
  let [lo, hi] = [0, days.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day || (past && days[mid] === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const DAYS_MEANING = new Map<string, string[]>();

function walkDays(t: Timex, d: DatedEvent, from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = parse(from), iso = from; iso <= to; day = addDays(day, 1), iso = formatDate(day)) {
    const p = resolve(t.value, day, t.future).period;
    if (p && p.start <= d.start && d.end <= p.end) out.push(iso);
  }
  return out;
}

/** A quick test before the day-by-day one: the month, day or weekday the expression names must be the dated event's. */
function couldName(t: Timex, d: DatedEvent): boolean {
  const v = t.value;
  if (v.kind !== 'point' || v.anaphoric) return false;
  const [start, end] = [parsedOnce(d.start), parsedOnce(d.end)];
  if (v.month !== undefined && (start.month !== v.month || end.month !== v.month || start.year !== end.year)) return false;
  if (v.day !== undefined && (d.start !== d.end || start.day !== v.day)) return false;
  if (v.weekday !== undefined && (d.start !== d.end || weekdayOf(start) !== v.weekday)) return false;
  return true;
}


function nested(a: DatedEvent, b: DatedEvent): boolean {
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

/** Each expression resolved on the first and the last day of the window: the value both give, or left open. */
function resolveInWindow(a: Analysis, first: DateParts, last: DateParts): Timex[] {
  const early = resolveTimes(a.doc, a.times, first);
  const late = resolveTimes(a.doc, a.times, last);
  return a.times.map((t, i) => (/X/.test(t.normalized) && early[i]!.normalized === late[i]!.normalized ? early[i]! : t));
}

/** Calendar arithmetic on ISO dates, which the periods and the window are written in. */
function parse(iso: string): DateParts {
  return parseDate(iso)!;
}

/** Parsed dates, read-only: the same few dates are tested against every undated event. */
const parsedOnce: (iso: string) => Readonly<DateParts> = memoized(parse, 10_000);

function shift(iso: string, days: number): string {
  return formatDate(addDays(parse(iso), days));
}
