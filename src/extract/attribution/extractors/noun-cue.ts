/**
 * Nouns of reporting that act as a cue together with a verb: "Ukrainian
 * intelligence reports indicate …", "South Korean estimates show …". The
 * source is what qualifies the noun; the content follows the verb.
 */
import { rangeOf } from '../../../segment/token-view.js';
import type { Attribution, AttributionExtractor } from '../attribution.js';
import { contentStart, contentToSentenceEnd } from '../content.js';
import { CUE_NOUNS, INDICATE_VERBS } from '../cues.js';
import { sourceBefore } from '../source-phrase.js';

export const nounCue: AttributionExtractor = {
  name: 'noun-cue',
  extract(sentence, ctx) {
    const { view } = sentence;
    const out: Attribution[] = [];
    for (let i = 1; i + 1 < view.words.length; i++) {
      if (!CUE_NOUNS.has(view.lower[i]!) || !INDICATE_VERBS.has(view.lower[i + 1]!)) continue;
      const source = sourceBefore(view, i);
      if (!source) continue;
      const content = contentToSentenceEnd(sentence, ctx, contentStart(view, i + 2));
      if (!content) continue;
      out.push({ sentence: sentence.index, source: rangeOf(view, source.from, source.to), cue: rangeOf(view, i, i + 2), content: [content], rule: 'noun-cue' });
    }
    return out;
  },
};
