/**
 * The subject-quote extractor is a fallback for a quotation in a sentence with
 * no cue. Where another attribution of the same sentence holds that quotation
 * ("“…,” per the party's bylaws", "…, as one trader put it"), the fallback
 * is dropped.
 */
import type { AttributionRefiner } from '../attribution.js';
import { contentContains } from '../attribution.js';

export const dropFallbacks: AttributionRefiner = {
  name: 'drop-fallbacks',
  refine(attributions) {
    return attributions.filter((a) => a.rule !== 'subject-quote' || !attributions.some((b) => b !== a && b.rule !== 'subject-quote' && b.sentence === a.sentence && a.content.every((c) => contentContains(b, c))));
  },
};
