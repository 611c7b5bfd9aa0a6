/**
 * A participle cue ("…, adding that …") takes the source of the attribution
 * whose cue comes before it in the same sentence; with none, it is not an
 * attribution we can stand behind and is dropped.
 */
import type { Attribution, AttributionRefiner } from '../attribution.js';

export const inheritSource: AttributionRefiner = {
  name: 'inherit-source',
  refine(attributions) {
    const out: Attribution[] = [];
    for (const a of attributions) {
      if (!a.inheritsSource) {
        out.push(a);
        continue;
      }
      let lead: Attribution | undefined;
      for (const b of attributions) {
        if (b === a || b.inheritsSource || b.sentence !== a.sentence || !b.source || b.cue.start >= a.cue.start) continue;
        if (!lead || b.cue.start > lead.cue.start) lead = b;
      }
      if (lead) out.push({ ...a, source: lead.source });
    }
    return out;
  },
};
