/**
 * A quotation signed with a dash, as in pull quotes, reader comments and
 * epigraphs: "“We matter too.” ― Carla Sanchez". The name after the dash is
 * the source, the dash the cue, the quotation before it the content.
 */
import { rangeOf } from '../../../segment/token-view.js';
import type { AttributionExtractor } from '../attribution.js';
import { contentEndAtSentenceEnd, quoteEndingBefore } from '../content.js';
import { sourceAfter } from '../source-phrase.js';

const DASHES = new Set(['―', '—', '–']);

export const dashSignature: AttributionExtractor = {
  name: 'dash-signature',
  extract(sentence, ctx) {
    const { view } = sentence;
    for (let i = 0; i < view.words.length; i++) {
      const word = view.words[i]!;
      // the length first: nearly no word is one character, and a set looks at all of a word's characters
      if (word.length !== 1 || !DASHES.has(word)) continue;
      const dash = view.tokens[i]!.range;
      const quote = quoteEndingBefore(ctx, dash.start);
      if (!quote) continue;
      const source = sourceAfter(view, i + 1);
      if (!source || source.to < contentEndAtSentenceEnd(view)) continue;
      return [{ sentence: sentence.index, source: rangeOf(view, source.from, source.to), cue: dash, content: [quote], rule: 'dash-signature' }];
    }
    return [];
  },
};
