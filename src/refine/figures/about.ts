/**
 * What a figure is about, besides what it counts: the noun before "of" ("a CNN
 * survey of seven European countries"), the object of the figure's verb
 * ("boost the driving range by about 35 miles"), or the subject of that verb
 * ("Chris Wood has scored 22 goals", "Healthcare dropped 1.61%", "Ford, which
 * has 13,000 workers"). Found by walking back from the figure through its
 * clause; no parse.
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import { ADVERBS, AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PRONOUNS, isCapitalised, looksLikeVerb } from '../../extract/quantities/lexicon/words.js';
import type { QToken } from '../../extract/quantities/tokens.js';
import { CHANGE_VERBS } from './change.js';
import { nounPhrase } from './counted.js';
import { figureTokens, tokenAt, unitOf } from './helpers.js';

const MAX_WORDS = 6;
const BACK = 12;
const RELATIVE = new Set(['which', 'who', 'that', 'whose']);
/** Words between a clause's subject and a figure that belong to neither ("the stars spin nearly 78,000"). */
const QUALIFYING = new Set(['nearly', 'almost', 'about', 'around', 'some', 'roughly', 'approximately', 'over', 'under', 'more', 'than', 'less', 'fewer', 'at', 'least', 'up', 'to', 'as', 'many', 'much', 'just']);
/** Words that stand for a subject without naming it. */
const EMPTY_SUBJECTS = new Set(['there', 'here', 'it', 'this', 'that', 'what', 'which', 'these', 'those', 'they', 'he', 'she', 'we', 'i', 'you']);

export const about: FigureRefiner = {
  name: 'about',
  refine(figures, ctx) {
    for (const f of figures) {
      if (f.role === 'excluded') continue;
      const { tokens, first, after } = figureTokens(f, ctx);
      // an amount used as a modifier is about the noun it modifies: "a 6kW electric motor", "$3,500 a month mortgage"
      const unit = unitOf(f);
      if (unit && unit.kind !== 'percent' && unit.kind !== 'time' && (tokens[first - 1]?.lower === 'a' || tokens[first - 1]?.lower === 'an' || tokens[first - 1]?.lower === 'the')) {
        const np = nounPhrase(tokens, after, ctx, false);
        if (np && tokenAt(tokens, np.start) === after) {
          f.about = { start: np.start, end: np.end };
          continue;
        }
      }
      // "the N of <figure>"
      if (tokens[first - 1]?.lower === 'of') {
        const np = phraseBefore(tokens, first - 2);
        if (np) {
          f.about = np;
          continue;
        }
      }
      let verb = verbBefore(tokens, first);
      // after a modal or auxiliary the next word is the main verb ("will boost", "would cost")
      if (verb >= 0 && AUXILIARIES.has(tokens[verb]!.lower) && tokens[verb + 1]?.kind === 'word' && verb + 1 < first && !DETERMINERS.has(tokens[verb + 1]!.lower) && !PREPOSITIONS.has(tokens[verb + 1]!.lower)) verb++;
      if (verb >= 0) f.about = objectBetween(tokens, verb + 1, first) ?? subjectOf(tokens, verb);
      // no verb we know ("the stars spin nearly 78,000 times"): the phrase that opens the clause
      else f.about = subjectOf(tokens, first);
    }
    return figures;
  },
};

function isVerbLike(t: QToken): boolean {
  return t.kind === 'word' && !isCapitalised(t.text) && (looksLikeVerb(t.lower) || CHANGE_VERBS.has(t.lower));
}

/** The nearest verb before the figure in its clause, or -1. */
function verbBefore(tokens: readonly QToken[], first: number): number {
  for (let i = first - 1, n = 0; i >= 0 && n < BACK; i--, n++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && /^[;:.!?]$/.test(t.text)) return -1;
    const next = tokens[i + 1];
    const modifier = /(?:ing|ed)$/.test(t.lower) && next?.kind === 'word' && !PREPOSITIONS.has(next.lower) && !DETERMINERS.has(next.lower) && !AUXILIARIES.has(next.lower) && i + 1 < first;
    if (isVerbLike(t) && !modifier) return i;
  }
  return -1;
}

/** "boost [the driving range] by 35 miles": a noun phrase between the verb and the figure's preposition. */
function objectBetween(tokens: readonly QToken[], from: number, to: number): { start: number; end: number } | null {
  const words: QToken[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (DETERMINERS.has(t.lower) && words.length === 0) continue;
    if (t.kind !== 'word' || PREPOSITIONS.has(t.lower) || PRONOUNS.has(t.lower) || CONJUNCTIONS.has(t.lower) || ADVERBS.has(t.lower) || AUXILIARIES.has(t.lower)) break;
    words.push(t);
  }
  return words.length > 0 ? { start: words[0]!.start, end: words[words.length - 1]!.end } : null;
}

/** The noun phrase before the verb: through auxiliaries, adverbs, a relative pronoun and a bracketed aside. */
function subjectOf(tokens: readonly QToken[], verb: number): { start: number; end: number } | null {
  let i = verb - 1;
  while (i >= 0 && (AUXILIARIES.has(tokens[i]!.lower) || (ADVERBS.has(tokens[i]!.lower) && !isCapitalised(tokens[i]!.text)) || tokens[i]!.lower.endsWith('ly') || RELATIVE.has(tokens[i]!.lower) || tokens[i]!.text === ',' || QUALIFYING.has(tokens[i]!.lower))) i--;
  return phraseBefore(tokens, i);
}

/** The noun phrase ending at token `end` (inclusive), read backwards. */
function phraseBefore(tokens: readonly QToken[], end: number): { start: number; end: number } | null {
  let i = end;
  // a bracketed aside ending the phrase: "Ford (F)"
  if (tokens[i]?.text === ')') {
    let k = i - 1;
    while (k >= 0 && tokens[k]!.text !== '(' && i - k < 5) k--;
    if (tokens[k]?.text === '(') i = k - 1;
  }
  const last = i;
  const words: QToken[] = [];
  for (; i >= 0 && words.length < MAX_WORDS; i--) {
    const t = tokens[i]!;
    const possessive = t.text === '’s' || t.text === "'s" || t.text === '&';
    if (t.kind === 'punct' && !possessive && !(t.text === '-' && t.glued)) break;
    // digits inside a name ("S&P 500", "Galaxy S22") stay; a figure ends the phrase
    if (t.kind === 'digits' && !(tokens[i - 1]?.kind === 'word' && (isCapitalised(tokens[i - 1]!.text) || t.glued)) && tokens[i - 1]?.text !== '&') break;
    if (t.kind === 'word' && EMPTY_SUBJECTS.has(t.lower)) break;
    if (t.kind === 'word' && !isCapitalised(t.text) && (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || CONJUNCTIONS.has(t.lower) || PRONOUNS.has(t.lower) || AUXILIARIES.has(t.lower) || looksLikeVerb(t.lower))) break;
    if (t.kind === 'word' && isCapitalised(t.text) && (DETERMINERS.has(t.lower) || PRONOUNS.has(t.lower))) break;
    words.unshift(t);
  }
  if (words.length === 0) return null;
  // "Revenue in the quarter": the head before a prepositional phrase
  const det = tokens[i];
  const prep = DETERMINERS.has(det?.lower ?? '') ? tokens[i - 1] : det;
  const prepAt = prep === det ? i : i - 1;
  if (prep && ['in', 'of', 'for', 'at', 'on', 'from'].includes(prep.lower) && tokens[prepAt - 1]?.kind === 'word' && !DETERMINERS.has(tokens[prepAt - 1]!.lower) && !looksLikeVerb(tokens[prepAt - 1]!.lower) && !PREPOSITIONS.has(tokens[prepAt - 1]!.lower)) {
    const head = phraseBefore(tokens, prepAt - 1);
    if (head) return { start: head.start, end: tokens[last]!.end };
  }
  return { start: words[0]!.start, end: tokens[last]!.end };
}
