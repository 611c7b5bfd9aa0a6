/**
 * The figures stage: every quantitative claim of a document, with its value,
 * qualifier, unit, what it counts, what happened to it and how it is put.
 * A configuration is two ordered lists (chrono-node's model): extractors find
 * the numbers, refiners improve, merge and rule out.
 */
import type { Doc } from '../../core/doc.js';
import { about } from '../../refine/figures/about.js';
import { aboutContinued } from '../../refine/figures/about-continued.js';
import { aboutParallel } from '../../refine/figures/about-parallel.js';
import { alternatives } from '../../refine/figures/alternatives.js';
import { change } from '../../refine/figures/change.js';
import { counted } from '../../refine/figures/counted.js';
import { datesAndYears } from '../../refine/figures/dates-and-years.js';
import { durationsAndAges } from '../../refine/figures/durations-and-ages.js';
import { elided } from '../../refine/figures/elided.js';
import { identifiers } from '../../refine/figures/identifiers.js';
import { idioms } from '../../refine/figures/idioms.js';
import { measure } from '../../refine/figures/measure.js';
import { modality } from '../../refine/figures/modality.js';
import { overlaps } from '../../refine/figures/overlaps.js';
import { partitive } from '../../refine/figures/partitive.js';
import { subset } from '../../refine/figures/subset.js';
import { phoneNumbers } from '../../refine/figures/phone-numbers.js';
import { qualifiers } from '../../refine/figures/qualifiers.js';
import { ranges } from '../../refine/figures/ranges.js';
import { timeScope } from '../../refine/figures/time-scope.js';
import { timesOfDay } from '../../refine/figures/times-of-day.js';
import { unitFromCounted } from '../../refine/figures/unit-from-counted.js';
import { units } from '../../refine/figures/units.js';
import type { FigureContext, FigureExtractor, FigureRefiner, SentenceTokens } from './extractor.js';
import { digits } from './extractors/digits.js';
import { fractions } from './extractors/fractions.js';
import { numberWords } from './extractors/number-words.js';
import { vague } from './extractors/vague.js';
import type { Figure } from './figure.js';
import { MAY_HOLD_FIGURE, quantityTokens } from './tokens.js';

export interface FiguresConfiguration {
  readonly extractors: readonly FigureExtractor[];
  readonly refiners: readonly FigureRefiner[];
}

export const defaultFigureExtractors: readonly FigureExtractor[] = [digits, numberWords, vague, fractions];

/** In order: what the numbers are (units, ruling out), how they combine, then what they mean. */
export const defaultFigureRefiners: readonly FigureRefiner[] = [
  overlaps,
  units,
  timesOfDay,
  datesAndYears,
  phoneNumbers,
  identifiers,
  idioms,
  durationsAndAges,
  ranges,
  qualifiers,
  partitive,
  counted,
  about,
  elided,
  unitFromCounted,
  subset,
  change,
  aboutContinued,
  aboutParallel,
  measure,
  modality,
  alternatives,
  timeScope,
];

export function defaultFiguresConfiguration(): FiguresConfiguration {
  return { extractors: defaultFigureExtractors, refiners: defaultFigureRefiners };
}

export function extractFigures(doc: Pick<Doc, 'text' | 'sentences'>, config: FiguresConfiguration = defaultFiguresConfiguration()): Figure[] {
  const sentences: SentenceTokens[] = doc.sentences.map((s, index) => {
    const holds = MAY_HOLD_FIGURE.test(doc.text.slice(s.range.start, s.range.end));
    return { index, range: s.range, tokens: holds ? quantityTokens(doc.text, s.range.start, s.range.end) : [] };
  });
  const ctx: FigureContext = { text: doc.text, sentences };
  let figures: Figure[] = [];
  for (const s of sentences) {
    if (s.tokens.length === 0) continue;
    for (const e of config.extractors) figures.push(...e.extract(s, ctx));
  }
  figures.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  for (const r of config.refiners) figures = r.refine(figures, ctx);
  return figures;
}

export type { Figure } from './figure.js';
