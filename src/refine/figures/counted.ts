/**
 * What a figure counts: the noun phrase after it ("14,000 troops", "some 6,000
 * North Korean soldiers", "15,000 containers of weapons"), or after "of" for
 * vague figures, shares and measures ("millions of artillery shells", "60% of
 * artillery shells", "9 million tonnes of rice"). The phrase ends at the first
 * word that cannot be in it: punctuation, a preposition, a pronoun, an
 * auxiliary, an adverb, a verb.
 */
import type { FigureContext, FigureRefiner } from '../../extract/quantities/extractor.js';
import type { Figure } from '../../extract/quantities/figure.js';
import { DETERMINERS, MEASURE_NOUNS, NP_STOP, PERSON_NOUNS, isAdverb, isCapitalised, looksLikeVerb } from '../../extract/quantities/lexicon/words.js';
import type { QToken } from '../../extract/quantities/tokens.js';
import { figureTokens, unitOf } from './helpers.js';

const MAX_WORDS = 6;
/** Words between a figure and what it counts that belong to neither ("3,000 more troops", "an additional 25,000 troops"). */
const SKIP = new Set(['more', 'additional', 'extra', 'other', 'further', 'new', 'fewer', 'less', 'of', 'the', 'such']);

export const counted: FigureRefiner = {
  name: 'counted',
  refine(figures, ctx) {
    for (const f of figures) {
      if (f.role !== 'claim') continue;
      const np = countedAfter(f, ctx);
      if (np) {
        f.counted = { start: np.start, end: np.end };
        f.head = np.head;
      }
    }
    return figures;
  },
};

function countedAfter(f: Figure, ctx: FigureContext): { start: number; end: number; head: string } | null {
  const { tokens, after } = figureTokens(f, ctx);
  const unit = unitOf(f);
  let i = after;
  const next = tokens[i];
  if (!next) return null;
  if (unit && unit.kind !== 'percent') {
    // money and physical amounts count something only through "of" ("9 million tonnes of rice")
    return next.lower === 'of' ? nounPhrase(tokens, i + 1, ctx, true) : null;
  }
  if (next.lower === 'of') return nounPhrase(tokens, i + 1, ctx, true);
  if (unit) return nounPhrase(tokens, i, ctx, false); // "a 25% premium"
  while (tokens[i] && SKIP.has(tokens[i]!.lower) && tokens[i]!.lower !== 'of' && tokens[i]!.lower !== 'the') i++;
  return nounPhrase(tokens, i, ctx, false);
}

/** The noun phrase starting at token `i` (after determiners, and after a figure when `skipFigure`). */
export function nounPhrase(tokens: readonly QToken[], i: number, ctx: FigureContext, skipFigure: boolean): { start: number; end: number; head: string } | null {
  let j = i;
  while (tokens[j] && (DETERMINERS.has(tokens[j]!.lower) || (skipFigure && SKIP.has(tokens[j]!.lower) && tokens[j]!.lower !== 'of'))) j++;
  // "half of the 11,000 troops": step over the figure of the whole
  if (skipFigure) {
    let k = j;
    while (tokens[k] && tokens[k]!.kind === 'word' && !isCapitalised(tokens[k]!.text) && !NP_STOP.has(tokens[k]!.lower) && !looksLikeVerb(tokens[k]!.lower) && k - j < 2) k++;
    if (tokens[k]?.kind === 'digits') {
      j = k + 1;
      while (tokens[j] && (tokens[j]!.kind === 'digits' || /^(?:million|billion|thousand|,)$/.test(tokens[j]!.lower))) j++;
    }
  }
  const words: QToken[] = [];
  for (let k = j; k < tokens.length && words.length < MAX_WORDS; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      // hyphenated compounds inside the phrase ("North Korean-made", "long-range")
      if (t.text === '-' && t.glued && tokens[k + 1]?.glued && words.length > 0) {
        words.push(t);
        continue;
      }
      break;
    }
    if (t.kind === 'digits') break;
    const lower = t.lower;
    const capital = isCapitalised(t.text);
    if (!capital && (NP_STOP.has(lower) || DETERMINERS.has(lower))) {
      // "containers of weapons", "tonnes of rice": the measure noun takes its "of" phrase
      if (lower === 'of' && words.length > 0 && MEASURE_NOUNS.has(words[words.length - 1]!.lower)) {
        const rest = nounPhrase(tokens, k + 1, ctx, false);
        if (rest) return { start: words[0]!.start, end: rest.end, head: words[words.length - 1]!.lower };
      }
      break;
    }
    // "25k cheaper", "10% higher": a comparative counts nothing
    if (!capital && words.length === 0 && /[a-z]{2}er$/.test(lower) && !/(?:ers)$/.test(lower) && !PERSON_NOUNS.has(lower) && (tokens[k + 1] === undefined || tokens[k + 1]!.kind !== 'word' || tokens[k + 1]!.lower === 'than' || NP_STOP.has(tokens[k + 1]!.lower))) break;
    // "19 fouls proves it", "8.5 bathrooms finish off": after a plural head, a word followed by an object or particle is the verb
    const prevWord = words[words.length - 1];
    if (!capital && prevWord && /s$/.test(prevWord.lower) && /^(?:it|them|off|out|up|down|that|the|a|an|this|these|its|their|over|back|away)$/.test(tokens[k + 1]?.lower ?? '')) break;
    if (!capital && isAdverb(lower)) {
      // "20 decently sized plants", "2,000 heavily armed troops": an adverb before a modifier stays in the phrase
      const following = tokens[k + 1];
      if (lower.endsWith('ly') && following?.kind === 'word' && /(?:ed|en|ing)$/.test(following.lower) && tokens[k + 2]?.kind === 'word' && !NP_STOP.has(tokens[k + 2]!.lower)) {
        words.push(t);
        continue;
      }
      break;
    }
    if (!capital && looksLikeVerb(lower)) {
      // an -ed/-ing word before a noun is an adjective ("wounded soldiers"); otherwise the verb of the clause
      const following = tokens[k + 1];
      if (following && following.kind === 'word' && !isCapitalised(following.text) && !NP_STOP.has(following.lower) && !DETERMINERS.has(following.lower) && !isAdverb(following.lower) && !looksLikeVerb(following.lower)) {
        words.push(t);
        continue;
      }
      break;
    }
    words.push(t);
  }
  // a phrase does not end in a participle: "thousands more wounded" counts nothing of its own
  while (words.length > 0 && (words[words.length - 1]!.kind === 'punct' || looksLikeVerb(words[words.length - 1]!.lower) || /^[a-z]+ed$/.test(words[words.length - 1]!.text))) words.pop();
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  return { start: words[0]!.start, end: last.end, head: last.lower };
}
