/**
 * A quotation inside a sentence with no verb of saying, whose subject is a
 * named person or organisation: the subject is the source and its verb the
 * cue ("Trump attacked “the hateful ideology of radical Islam”", "Gov. Earl
 * Ray Tomblin lauded Mr. Clarke for helping develop "new and innovative
 * ideas""). A sentence with a cue of its own is left to the other extractors.
 */
import { rangeOf } from '../../../segment/token-view.js';
import type { AttributionExtractor } from '../attribution.js';
import { insideQuote, quotesOpeningIn } from '../content.js';
import { CUE_FORMS } from '../cues.js';
import { sentenceSubject } from '../subject.js';
// the same bound as an uncued quotation's: shorter ones are scare quotes or titles ("the “heroic” soldiers")
import { tooShortForSpeech } from '../../quotes/speech.js';

export const subjectQuote: AttributionExtractor = {
  name: 'subject-quote',
  extract(sentence, ctx) {
    const { view, range } = sentence;
    const quotes = quotesOpeningIn(ctx, range);
    if (quotes.length === 0) return [];
    for (let i = 0; i < view.words.length; i++) {
      const start = view.tokens[i]!.range.start;
      if ((CUE_FORMS.has(view.lower[i]!) || view.lower[i] === 'according') && !insideQuote(ctx, start)) return [];
    }
    const subject = sentenceSubject(sentence, ctx);
    if (!subject) return [];
    const verbEnd = view.tokens[subject.verb.to - 1]!.range.end;
    const content = quotes.filter((q) => q.start >= verbEnd && !tooShortForSpeech(ctx.text.slice(q.start, q.end)));
    if (content.length === 0) return [];
    return [{ sentence: sentence.index, source: rangeOf(view, subject.phrase.from, subject.phrase.to), cue: rangeOf(view, subject.verb.from, subject.verb.to), content, rule: 'subject-quote', ...(subject.mention ? { resolved: subject.mention } : {}) }];
  },
};
