/**
 * "…, as a Homeland Security memo put it." / "As one aide put it, …": the
 * source sits between "as" and "put it"; the content is the rest of the
 * sentence on the other side.
 */
import { rangeOf } from '../../../segment/token-view.js';
import type { AttributionExtractor } from '../attribution.js';
import { contentEndAtSentenceEnd, extendToQuoteEnd, extendToQuoteStart, followsComma, trimPiece } from '../content.js';
import { sourceBefore } from '../source-phrase.js';

const PUT = new Set(['put', 'puts']);
const MAX_SOURCE = 10;

export const asPutIt: AttributionExtractor = {
  name: 'as-put-it',
  extract(sentence, ctx) {
    const { view } = sentence;
    const end = contentEndAtSentenceEnd(view);
    for (let i = 0; i < view.words.length; i++) {
      if (view.lower[i] !== 'as' || (i > 0 && !followsComma(view.words, i))) continue;
      let put = i + 2;
      while (put < end && put - i <= MAX_SOURCE && !(PUT.has(view.lower[put]!) && view.lower[put + 1] === 'it')) put++;
      if (put >= end || put - i > MAX_SOURCE) continue;
      const source = sourceBefore(view, put);
      if (!source || source.from !== i + 1) continue;
      const cueEnd = put + 2;
      // "…, as X put it." closes the sentence; "As X put it, …" opens it
      const piece = i > 0 && cueEnd >= end
        ? trimPiece(ctx.text, { start: sentence.range.start, end: view.tokens[i - 1]!.range.end })
        : i === 0 && view.words[cueEnd] === ','
          ? trimPiece(ctx.text, rangeOf(view, cueEnd + 1, end))
          : null;
      if (!piece) continue;
      const content = i > 0 ? extendToQuoteStart(piece, ctx) : extendToQuoteEnd(piece, ctx);
      return [{ sentence: sentence.index, source: rangeOf(view, source.from, source.to), cue: rangeOf(view, put, cueEnd), content: [content], rule: 'as-put-it' }];
    }
    return [];
  },
};
