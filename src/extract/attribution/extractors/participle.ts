/**
 * A participle cue after a comma continues the clause before it: "…,” he said,
 * adding that the relationship was “now rising …”"; "Putin recalled …, saying
 * “This was …”". Its source is the subject of that clause, filled in by the
 * inherit-source refiner.
 */
import { rangeOf } from '../../../segment/token-view.js';
import type { Attribution, AttributionExtractor } from '../attribution.js';
import { contentStart, contentToSentenceEnd } from '../content.js';
import { isIngForm } from '../cues.js';

export const participle: AttributionExtractor = {
  name: 'participle',
  extract(sentence, ctx) {
    const { view } = sentence;
    const out: Attribution[] = [];
    for (let i = 1; i < view.words.length; i++) {
      if (!isIngForm(view.lower[i]!) || view.words[i - 1] !== ',') continue;
      const content = contentToSentenceEnd(sentence, ctx, contentStart(view, i + 1));
      if (!content) continue;
      out.push({ sentence: sentence.index, source: null, cue: rangeOf(view, i, i + 1), content: [content], rule: 'participle', inheritsSource: true });
    }
    return out;
  },
};
