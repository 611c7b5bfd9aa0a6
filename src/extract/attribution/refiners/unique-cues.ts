/** One attribution per cue: where two extractors read the same words, the earlier in the configuration wins ("reports indicate" over "reports"). */
import { overlaps } from '../../../core/span.js';
import type { Attribution, AttributionRefiner } from '../attribution.js';

export const uniqueCues: AttributionRefiner = {
  name: 'unique-cues',
  refine(attributions) {
    const kept: Attribution[] = [];
    for (const a of attributions) if (!kept.some((k) => k.sentence === a.sentence && overlaps(k.cue, a.cue))) kept.push(a);
    return kept;
  },
};
