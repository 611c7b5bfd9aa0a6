/**
 * The subject of a sentence: the name (not a place's) or the personal pronoun that opens it,
 * after an introductory phrase ("In July, Gingrich dismissed …") and before
 * an apposition ("Lawrence B. Cummings, his former partner, called …"),
 * followed by its verb. Used where a sentence quotes someone without a verb
 * of saying ("Trump attacked “the hateful ideology …”") and for participle
 * cues with no cue before them ("Trump attacked Clinton, saying …").
 */
import type { EntityMention } from '../entities/mention.js';
import type { AttributionContext, AttributionSentence } from './attribution.js';
import { looksLikeVerb } from '../quantities/lexicon/words.js';
import { sourceBefore, type TokenRange } from './source-phrase.js';

/** Words that open an introductory phrase ended by a comma. */
const INTRO_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'with', 'when', 'while', 'as', 'meanwhile', 'however', 'still', 'later', 'earlier', 'last', 'yet', 'but', 'and', 'then', 'also', 'instead', 'separately', 'speaking']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const MAX_INTRO = 14;
const MAX_APPOSITION = 14;
/** Words right after a subject that are not its verb. */
const NOT_VERBS = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'who', 'which', 'that', 'whose', 'the', 'a', 'an', "'s"]);
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'should', 'must']);

export interface SentenceSubject {
  /** the name, null for a pronoun (resolved later, like any pronoun source) */
  readonly mention: EntityMention | null;
  /** the tokens of the subject phrase (mention with its determiner and apposition) */
  readonly phrase: TokenRange;
  /** the verb after it (with auxiliaries and adverbs before the verb) */
  readonly verb: TokenRange;
}

export function sentenceSubject(sentence: AttributionSentence, ctx: AttributionContext): SentenceSubject | null {
  const { view } = sentence;
  let k = 0;
  if (INTRO_OPENERS.has(view.lower[0] ?? '')) {
    const comma = view.words.indexOf(',');
    if (comma < 0 || comma > MAX_INTRO) return null;
    k = afterIntro(view, comma);
  }
  const from = k;
  if (DETERMINERS.has(view.lower[k] ?? '')) k++;
  const token = view.tokens[k];
  if (!token) return null;
  const mention = PRONOUNS.has(view.lower[k]!) && k === from ? null : (mentionAt(ctx.entities, token.range.start) ?? null);
  if (mention) while (k < view.tokens.length && view.tokens[k]!.range.end <= mention.range.end) k++;
  else if (PRONOUNS.has(view.lower[k]!) && k === from) k++;
  else return null;
  // "Lawrence B. Cummings, his former business partner, called …"
  if (view.words[k] === ',') {
    const close = view.words.indexOf(',', k + 1);
    if (close < 0 || close - k > MAX_APPOSITION) return null;
    k = close + 1;
  }
  const phraseEnd = k;
  let verb = k;
  while (verb < view.words.length && (AUXILIARIES.has(view.lower[verb]!) || view.lower[verb]!.endsWith('ly'))) verb++;
  const word = view.lower[verb];
  if (word === undefined || view.tokens[verb]!.kind !== 'word' || NOT_VERBS.has(word) || view.words[verb] !== word) return null;
  return { mention, phrase: { from, to: phraseEnd }, verb: { from: k, to: verb + 1 } };
}

/** The mention (not of a place) that starts at `offset`; mentions are sorted by start. */
function mentionAt(mentions: readonly EntityMention[], offset: number): EntityMention | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.range.start < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length && mentions[i]!.range.start === offset; i++) if (mentions[i]!.type !== 'place') return mentions[i];
  return undefined;
}

/** Verbs of being: "It was a relief, …" has no one behind its "it". */
const COPULAS = new Set(['is', 'was', "'s", '’s', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained']);

/**
 * The source phrase before the first verb of a sentence, when it opens the
 * sentence (after an introductory phrase): "In August, several environmental
 * groups granted …", "Meanwhile, it attacked Trump …". For a participle cue
 * whose sentence opens with no name ("…, saying …").
 */
export function leadingSubject(sentence: AttributionSentence): TokenRange | null {
  const { view } = sentence;
  let k = 0;
  const comma = view.words.indexOf(',');
  if (INTRO_OPENERS.has(view.lower[0] ?? '') && comma > 0 && comma <= MAX_INTRO) k = afterIntro(view, comma);
  for (let verb = k + 1; verb < view.words.length && verb - k <= MAX_APPOSITION; verb++) {
    const w = view.lower[verb]!;
    if (view.tokens[verb]!.kind !== 'word' || view.words[verb] !== w) continue;
    if (!(AUXILIARIES.has(w) || looksLikeVerb(w) || /[a-z]ed$/.test(w))) continue;
    const found = sourceBefore(view, verb);
    if (!found || found.from > k + 1) return null;
    if (view.lower[found.from] === 'it' && COPULAS.has(w)) return null;
    return found;
  }
  return null;
}

/** The token after an introductory phrase whose first comma is `comma`, past a year the date goes on to ("On July 6, 2015, …"). */
function afterIntro(view: AttributionSentence['view'], comma: number): number {
  const year = comma + 1;
  return view.tokens[year]?.kind === 'number' && /^\d{4}$/.test(view.words[year]!) && view.words[year + 1] === ',' ? year + 2 : year;
}
