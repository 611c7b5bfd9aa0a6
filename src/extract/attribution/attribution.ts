/**
 * An attribution relation (PolNeAR's source, cue, content) as the stage works
 * on it: ranges over the clean text; the content may be in pieces ("“A,” he
 * said. “B.”"). What the extractors and refiners are given: the document's
 * sentences as token views, the quotations already found, and the entity
 * mentions (for resolving pronouns and short names).
 */
import type { Span } from '../../core/span.js';
import type { TokenView } from '../../segment/token-view.js';
import type { EntityMention } from '../entities/mention.js';

export interface Attribution {
  readonly sentence: number;
  source: Span | null;
  cue: Span;
  content: Span[];
  /** the extractor that found it */
  readonly rule: string;
  /** a participle cue ("…, adding that …") whose source is the subject of the clause before it */
  inheritsSource?: boolean;
  /** who the source refers to: a name for pronouns and short forms, the source itself otherwise */
  resolved?: EntityMention;
}

export interface AttributionSentence {
  readonly index: number;
  readonly range: Span;
  /** index of its block (paragraph) */
  readonly block: number;
  readonly view: TokenView;
}

export interface AttributionContext {
  readonly text: string;
  readonly sentences: readonly AttributionSentence[];
  /** quotations (opening to closing mark, both included), in text order */
  readonly quotes: readonly Span[];
  readonly entities: readonly EntityMention[];
}

/** Finds attributions of one shape in a sentence (chrono-node's "parsers"). */
export interface AttributionExtractor {
  readonly name: string;
  extract(sentence: AttributionSentence, ctx: AttributionContext): Attribution[];
}

/** Merges, trims and resolves the attributions of a document (chrono-node's "refiners"). */
export interface AttributionRefiner {
  readonly name: string;
  refine(attributions: Attribution[], ctx: AttributionContext): Attribution[];
}

/** Where an attribution's content starts and ends. */
export function contentBounds(a: Attribution): Span {
  return { start: a.content[0]!.start, end: a.content[a.content.length - 1]!.end };
}

/** Whether a range lies inside one of the attribution's content pieces. */
export function contentContains(a: Attribution, range: Span): boolean {
  return a.content.some((c) => c.start <= range.start && range.end <= c.end);
}
