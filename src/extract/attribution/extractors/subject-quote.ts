/**
 * A quotation inside a sentence with no verb of saying, whose subject is a
 * named person or organisation: the subject is the source and its verb the
 * cue ("Trump attacked “the hateful ideology of radical Islam”", "Gov. Earl
 * Ray Tomblin lauded Mr. Clarke for helping develop "new and innovative
 * ideas""). A sentence with a cue of its own is left to the other extractors.
 */
import { rangeOf } from '../../../segment/token-view.js';
import type { Span } from '../../../core/span.js';
import type { Attribution, AttributionContext, AttributionExtractor, AttributionSentence } from '../attribution.js';
import { insideQuote, quotesOpeningIn } from '../content.js';
import { CUE_FORMS } from '../cues.js';
import { leadingSubject, sentenceSubject } from '../subject.js';
import { verbUse } from './verb-cue.js';
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
      if (((CUE_FORMS.has(view.lower[i]!) && verbUse(view, i)) || view.lower[i] === 'according') && !insideQuote(ctx, start)) return [];
    }
    const subject = sentenceSubject(sentence, ctx);
    if (!subject) return introducedByColon(sentence, ctx, quotes);
    const verbEnd = view.tokens[subject.verb.to - 1]!.range.end;
    const content = quotes.filter((q) => q.start >= verbEnd && !tooShortForSpeech(ctx.text.slice(q.start, q.end)));
    if (content.length === 0) return [];
    return [{ sentence: sentence.index, source: rangeOf(view, subject.phrase.from, subject.phrase.to), cue: rangeOf(view, subject.verb.from, subject.verb.to), content, rule: 'subject-quote', ...(subject.mention ? { resolved: subject.mention } : {}) }];
  },
};

/**
 * "The piece used one of the woman's quotes as its headline: “Finally. …”":
 * a quotation that a colon introduces is what the sentence's opening noun
 * phrase says, named or not; the colon is the cue.
 */
function introducedByColon(sentence: AttributionSentence, ctx: AttributionContext, quotes: readonly Span[]): Attribution[] {
  const { view } = sentence;
  const byStart = new Map(quotes.map((q) => [q.start, q]));
  let colon = -1;
  let quote: Span | undefined;
  for (let k = 1; k < view.tokens.length && !quote; k++) {
    const q = view.words[k - 1] === ':' ? byStart.get(view.tokens[k]!.range.start) : undefined;
    if (q && !tooShortForSpeech(ctx.text.slice(q.start, q.end))) [colon, quote] = [k - 1, q];
  }
  if (!quote) return [];
  const subject = leadingSubject(sentence);
  if (!subject || subject.to >= colon) return [];
  return [{ sentence: sentence.index, source: rangeOf(view, subject.from, subject.to), cue: rangeOf(view, colon, colon + 1), content: [quote], rule: 'subject-quote' }];
}
