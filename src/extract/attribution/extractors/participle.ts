/**
 * A participle cue after a comma continues the clause before it: "…,” he said,
 * adding that the relationship was “now rising …”"; "Putin recalled …, saying
 * “This was …”". Its source is the subject of that clause, filled in by the
 * inherit-source refiner. Fronted, the participle's source is the subject
 * after its clause: "After saying her right foot was “so swollen …,” she was
 * …".
 */
import { rangeOf } from '../../../segment/token-view.js';
import type { Attribution, AttributionContext, AttributionExtractor, AttributionSentence } from '../attribution.js';
import { contentStart, contentToSentenceEnd, isClosingQuote, trimPiece } from '../content.js';
import { introducesSpeech, isIngForm } from '../cues.js';
import { isPronoun } from '../../entities/lexicon.js';
import { sourceAfter } from '../source-phrase.js';

/** Words that open a participle clause before its subject: "After saying …, she was …". */
const FRONTING = new Set(['after', 'before', 'while', 'since', 'upon', 'when']);
const MAX_FRONTED = 30;

export const participle: AttributionExtractor = {
  name: 'participle',
  extract(sentence, ctx) {
    const { view } = sentence;
    const out: Attribution[] = [];
    const fronted = frontedParticiple(sentence, ctx);
    if (fronted) out.push(fronted);
    for (let i = 1; i < view.words.length; i++) {
      if (!isIngForm(view.lower[i]!) || view.words[i - 1] !== ',' || !introducesSpeech(view.lower[i]!, view.lower[i + 1])) continue;
      const content = contentToSentenceEnd(sentence, ctx, contentStart(view, i + 1));
      if (!content) continue;
      out.push({ sentence: sentence.index, source: null, cue: rangeOf(view, i, i + 1), content: [content], rule: 'participle', inheritsSource: true });
    }
    return out;
  },
};

/** "After saying …, she …": the clause's content up to its comma, the subject after the comma its source. */
function frontedParticiple(sentence: AttributionSentence, ctx: AttributionContext): Attribution | null {
  const { view } = sentence;
  if (!FRONTING.has(view.lower[0] ?? '') || !isIngForm(view.lower[1] ?? '')) return null;
  for (let k = 2; k < view.words.length && k <= MAX_FRONTED; k++) {
    if (view.words[k] !== ',') continue;
    const after = isClosingQuote(view.words[k + 1] ?? '') ? k + 2 : k + 1;
    const source = nameOrPronounAt(view, after);
    if (!source) return null;
    const content = trimPiece(ctx.text, { start: view.tokens[contentStart(view, 2)]!.range.start, end: view.tokens[after - 1]!.range.end });
    if (!content) return null;
    return { sentence: sentence.index, source: rangeOf(view, source.from, source.to), cue: rangeOf(view, 1, 2), content: [content], rule: 'participle' };
  }
  return null;
}

/** A pronoun, or a run of capitalised words (a name), at token `at`: without a tagger a longer phrase would take the verb in ("the team left"). */
function nameOrPronounAt(view: AttributionSentence['view'], at: number): { from: number; to: number } | null {
  const found = sourceAfter(view, at);
  if (!found) return null;
  if (found.to - found.from === 1 && isPronoun(view.lower[at]!)) return found;
  let to = at;
  while (to < found.to && (/^\p{Lu}/u.test(view.words[to]!) || view.words[to] === '.')) to++;
  return to > at ? { from: at, to } : null;
}
