/**
 * Prepositional cues, source after the cue: "According to X, …", "…,
 * according to X.", "…, citing X.", "…, per X." The content is the rest of
 * the sentence on the other side of the cue, in two pieces when the cue sits
 * in the middle ("some 15,000 troops, according to South Korean estimates, to
 * aid …").
 */
import { rangeOf } from '../../../segment/token-view.js';
import type { Attribution, AttributionExtractor } from '../attribution.js';
import { contentEndAtSentenceEnd, extendToQuoteEnd, extendToQuoteStart, followsComma, trimPiece } from '../content.js';
import { isCapitalised } from '../../entities/names.js';
import { PREPOSITIONAL_CUES } from '../cues.js';
import { sourceAfter } from '../source-phrase.js';

const FIRST_WORDS = new Set(PREPOSITIONAL_CUES.map((words) => words[0]!));
/** What opens the source of a lower-case "per": "per the party's bylaws", "per its filing" (not "per hour"). */
const PER_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

export const accordingTo: AttributionExtractor = {
  name: 'according-to',
  extract(sentence, ctx) {
    const { view } = sentence;
    const out: Attribution[] = [];
    for (let i = 0; i < view.words.length; i++) {
      if (!FIRST_WORDS.has(view.lower[i]!)) continue;
      const cueWords = PREPOSITIONAL_CUES.find((words) => words.every((w, k) => view.lower[i + k] === w));
      if (!cueWords) continue;
      const cueEnd = i + cueWords.length;
      // "per cent", "per day": only "per" before a name is a cue, or after a comma before a phrase that ends the sentence ("…,” per the party's bylaws.")
      const source = sourceAfter(view, cueEnd);
      if (!source) continue;
      const end = contentEndAtSentenceEnd(view);
      if (cueWords[0] === 'per' && !isCapitalised(view.words[cueEnd] ?? '') && !(followsComma(view.words, i) && PER_DETERMINERS.has(view.lower[cueEnd] ?? '') && source.to >= end)) continue;
      const pieces: { start: number; end: number }[] = [];
      if (i > 0) {
        const before = trimPiece(ctx.text, { start: sentence.range.start, end: view.tokens[i - 1]!.range.end });
        if (before) pieces.push(extendToQuoteStart(before, ctx));
      }
      if (source.to < end && (i === 0 || view.words[source.to] === ',')) {
        const after = trimPiece(ctx.text, rangeOf(view, source.to, end));
        if (after) pieces.push(extendToQuoteEnd(after, ctx));
      }
      if (pieces.length === 0) continue;
      out.push({ sentence: sentence.index, source: rangeOf(view, source.from, source.to), cue: rangeOf(view, i, cueEnd), content: pieces, rule: 'according-to' });
    }
    return out;
  },
};
