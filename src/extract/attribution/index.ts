/**
 * The attribution stage: every (source, cue, content) relation of a document,
 * in PolNeAR's sense, with each source resolved to who it is. A configuration
 * is two ordered lists (chrono-node's model): extractors read sentences,
 * refiners merge, trim and resolve.
 */
import type { Doc } from '../../core/doc.js';
import { sentenceViews } from '../../segment/token-view.js';
import type { EntityMention } from '../entities/mention.js';
import type { Attribution, AttributionContext, AttributionExtractor, AttributionRefiner } from './attribution.js';
import { accordingTo } from './extractors/according-to.js';
import { asPutIt } from './extractors/as-put-it.js';
import { dashSignature } from './extractors/dash-signature.js';
import { nounCue } from './extractors/noun-cue.js';
import { participle } from './extractors/participle.js';
import { speakerColon } from './extractors/speaker-colon.js';
import { subjectQuote } from './extractors/subject-quote.js';
import { verbCue } from './extractors/verb-cue.js';
import { cutAtNextSource } from './refiners/cut-at-next-source.js';
import { dropFallbacks } from './refiners/drop-fallbacks.js';
import { inheritSource } from './refiners/inherit-source.js';
import { resolveSources } from './refiners/resolve-sources.js';
import { uniqueCues } from './refiners/unique-cues.js';

export type { Attribution } from './attribution.js';
export { contentContains, contentBounds } from './attribution.js';

export interface AttributionConfiguration {
  readonly extractors: readonly AttributionExtractor[];
  readonly refiners: readonly AttributionRefiner[];
}

/** Earlier extractors win where two read the same cue: "reports indicate" is one noun cue, not the verb "reports". */
export const defaultAttributionExtractors: readonly AttributionExtractor[] = [nounCue, accordingTo, asPutIt, verbCue, participle, speakerColon, dashSignature, subjectQuote];
export const defaultAttributionRefiners: readonly AttributionRefiner[] = [uniqueCues, dropFallbacks, inheritSource, cutAtNextSource, resolveSources];

export function defaultAttributionConfiguration(): AttributionConfiguration {
  return { extractors: defaultAttributionExtractors, refiners: defaultAttributionRefiners };
}

export function extractAttributions(
  doc: Pick<Doc, 'text' | 'sentences' | 'tokens'>,
  quotes: readonly { start: number; end: number }[],
  entities: readonly EntityMention[],
  config: AttributionConfiguration = defaultAttributionConfiguration(),
): Attribution[] {
  const views = sentenceViews(doc);
  const sentences = doc.sentences.map((s, index) => ({ index, range: s.range, block: s.block, view: views[index]! }));
  const ctx: AttributionContext = { text: doc.text, sentences, quotes, entities };
  let found: Attribution[] = [];
  for (const s of sentences) for (const e of config.extractors) found.push(...e.extract(s, ctx));
  const rank = new Map(config.extractors.map((e, i) => [e.name, i]));
  found.sort((a, b) => a.cue.start - b.cue.start || rank.get(a.rule)! - rank.get(b.rule)!);
  for (const r of config.refiners) found = r.refine(found, ctx);
  return found;
}
