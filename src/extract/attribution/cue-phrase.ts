/**
 * The whole cue around a verb of saying: auxiliaries and adverbs before it
 * ("has also said"), and after it a particle ("called for"), the day ("said
 * Friday") or the channel ("said in a statement", "wrote in an op-ed"), and a
 * colon ("said:").
 */
import type { TokenView } from '../../segment/token-view.js';
import { CHANNELS, CUE_DAYS, CUE_FORMS, CUE_PARTICLES, CUE_PREFIX } from './cues.js';
import type { TokenRange } from './source-phrase.js';

export function cuePhrase(view: TokenView, verb: number): TokenRange {
  let from = verb;
  while (from > 0 && (CUE_PREFIX.has(view.lower[from - 1]!) || isMannerAdverb(view, from - 1))) from--;
  // the auxiliary is the cue's only when the verb follows it: "the treaty has been …" is not a cue
  let to = verb + 1;
  const { lower, words } = view;
  if (CUE_PARTICLES.get(CUE_FORMS.get(lower[verb]!) ?? '')?.has(lower[to] ?? '')) to++;
  if (CUE_DAYS.has(lower[to] ?? '')) to++;
  else if (lower[to] === 'in' && (lower[to + 1] === 'a' || lower[to + 1] === 'an' || lower[to + 1] === 'the' || lower[to + 1] === 'his' || lower[to + 1] === 'her' || lower[to + 1] === 'its' || lower[to + 1] === 'their')) {
    let k = to + 2;
    while (k < Math.min(words.length, to + 5) && !CHANNELS.has(lower[k]!)) k++;
    if (k < words.length && CHANNELS.has(lower[k]!)) to = k + 1;
  }
  if (words[to] === ':') to++;
  return { from, to };
}

/** Words ending in -ly that are not manner adverbs. */
const NOT_ADVERBS = new Set(['family', 'ally', 'rally', 'supply', 'apply', 'reply', 'italy', 'july', 'only', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'likely', 'holy', 'belly', 'jelly', 'lily', 'fly', 'sly']);

/** "forcefully told", "cynically dismissed": a manner adverb right before the verb is part of the cue. */
function isMannerAdverb(view: TokenView, k: number): boolean {
  const w = view.lower[k]!;
  return view.tokens[k]!.kind === 'word' && w.length > 4 && w.endsWith('ly') && !NOT_ADVERBS.has(w) && view.words[k] === w;
}
