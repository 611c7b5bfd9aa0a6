/** What the figures stage gives each extractor and refiner: one sentence at a time, with its tokens. */
import type { Span } from '../../core/span.js';
import type { Figure } from './figure.js';
import type { QToken } from './tokens.js';

export interface SentenceTokens {
  readonly index: number;
  readonly range: Span;
  readonly tokens: readonly QToken[];
}

export interface FigureContext {
  /** the document's clean text */
  readonly text: string;
  readonly sentences: readonly SentenceTokens[];
}

/** Finds figures of one form in a sentence (chrono-node's "parsers"). */
export interface FigureExtractor {
  readonly name: string;
  extract(sentence: SentenceTokens, ctx: FigureContext): Figure[];
}

/** Improves, merges or rules out the figures of a document (chrono-node's "refiners"). */
export interface FigureRefiner {
  readonly name: string;
  refine(figures: Figure[], ctx: FigureContext): Figure[];
}

/** A figure with everything but its number left to the refiners. */
export function newFigure(sentence: number, start: number, end: number, low: number | null, high: number | null, form: Figure['form']): Figure {
  return {
    sentence,
    range: { start, end },
    numberRange: { start, end },
    low,
    high,
    written: low === high || high === null ? [low ?? 0] : [low ?? 0, high],
    form,
    scale: 1,
    qualifier: form === 'vague' ? 'vague' : 'exact',
    unit: null,
    per: null,
    counted: null,
    about: null,
    head: null,
    measure: 'other',
    modality: 'asserted',
    change: null,
    trend: null,
    role: 'claim',
  };
}
