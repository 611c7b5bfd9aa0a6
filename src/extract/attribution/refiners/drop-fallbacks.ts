/**
 * The subject-quote extractor is a fallback for a quotation in a sentence with
 * no cue. Where another attribution of the same sentence holds that quotation
 * ("“…,” per the party's bylaws", "…, as one trader put it"), the fallback
 * is dropped.
 */
import { pushTo } from '../../../core/multimap.js';
import type { Attribution, AttributionRefiner } from '../attribution.js';
import { contentContains } from '../attribution.js';

export const dropFallbacks: AttributionRefiner = {
  name: 'drop-fallbacks',
  refine(attributions) {
    const others = new Map<number, Attribution[]>();
    for (const a of attributions) if (a.rule !== 'subject-quote') pushTo(others, a.sentence, a);
    return attributions.filter((a) => a.rule !== 'subject-quote' || !(others.get(a.sentence) ?? []).some((b) => a.content.every((c) => contentContains(b, c))));
  },
};
