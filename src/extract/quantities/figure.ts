/**
 * A figure found in a sentence, as the stage works on it. Ranges are over the
 * clean text; the ledger builder maps them to source spans. Figures that are
 * not claims (years, times of day, model names…) stay in the list with the
 * reason, so tests and benchmarks can see why.
 */
import type { Span } from '../../core/span.js';

export type Qualifier = 'exact' | 'approx' | 'at_least' | 'more_than' | 'at_most' | 'less_than' | 'range' | 'approx_range' | 'vague';
export type Modality = 'asserted' | 'planned' | 'estimated' | 'possible' | 'denied';
export type Direction = 'up' | 'down';

/** What a figure is, which decides whether it becomes a claim. */
export type Role =
  | 'claim'
  /** a duration or period: the claim's time, not a claim ("within three months") */
  | 'time'
  /** how old someone is */
  | 'age'
  /** not a quantity: years, dates, times of day, model names, ordinals, idioms, phone and page numbers */
  | 'excluded';

export interface Figure {
  /** index of the sentence in the document */
  sentence: number;
  /** qualifier, figure and unit together ("as many as 4,000", "$200 million") */
  range: Span;
  /** the number itself ("4,000") */
  numberRange: Span;
  low: number | null;
  high: number | null;
  /** values in the order written ("fell from 2,415 to 2,315" → [2415, 2315]) */
  written: number[];
  /** how the number was written */
  form: 'digits' | 'words' | 'vague' | 'fraction';
  /** the scale word written with the number ("9 million" → 1e6), 1 when none */
  scale: number;
  qualifier: Qualifier;
  /** canonical unit id (USD, percent, km…) or, for counts, filled in from what is counted */
  unit: string | null;
  /** "a year" in "$5 million a year" */
  per: string | null;
  counted: Span | null;
  /** what the figure is about, when that is not what it counts: "Healthcare dropped 1.61%", "boost the driving range by 35 miles" */
  about: Span | null;
  /** head noun of what is counted, lower-case ("troops") */
  head: string | null;
  /** the counted phrase was taken from another figure ("3,000 [troops] dispatched") */
  countedFrom?: Figure;
  measure: string;
  modality: Modality;
  /** the figure is an increase or decrease ("rose by 50") */
  change: Direction | null;
  /** the figure is a level reached by a change ("rose … to 300") */
  trend: Direction | null;
  /** the word that says so, as a verb ("rose by 50"), a noun ("a 5% rise", "an increase of 5%") or a sign ("+0.2%") */
  changeCue?: { range: Span; form: 'verb' | 'noun' | 'sign' };
  role: Role;
  /** why the figure is not a claim (rule id) */
  reason?: string;
  /** a figure this one is a part of ("4,000 of the original 11,000") */
  partOf?: Figure;
  /** the first of two levels of a change: "from X to Y" (forward) or "to Y from X" (backward) */
  transition?: 'forward' | 'backward';
  /** the time scope found for it, filled by the time stage */
  time?: Span;
}
