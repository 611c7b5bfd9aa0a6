/**
 * The source of a cue: the noun phrase right before it ("The British defence
 * ministry has claimed"), with an apposition ("Colonel X, a former tank
 * commander, said") or a comma list ("Officials from South Korea, Ukraine and
 * the United States have said"), or the noun phrase right after a
 * prepositional or inverted cue ("according to South Korean officials",
 * "said Mr Kim"). Without a part-of-speech tagger the phrase is the longest
 * run of words that can belong to one: it stops at function words, verbs of
 * saying, and punctuation other than the stops of abbreviations.
 */
import type { TokenView } from '../../segment/token-view.js';
import { NAME_ABBREVIATIONS } from '../entities/lexicon.js';
import { isCapitalised } from '../entities/names.js';
import { CUE_FORMS, NOUN_LIKE } from './cues.js';

const MAX_SOURCE_TOKENS = 14;

/** Words a source phrase never holds. */
const BOUNDARY = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'as', 'because', 'but', 'so', 'if', 'than', 'although', 'though', 'since',
  'after', 'before', 'until', 'unless', 'whether', 'to', 'by', 'on', 'about', 'into', 'over', 'under', 'against', 'between', 'through', 'during',
  'without', 'within', 'upon', 'like', 'via', 'with', 'despite', 'amid', 'among', 'toward', 'towards', 'across', 'behind', 'beyond', 'around', 'near',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may',
  'might', 'must', 'should', 'shall', 'not', "n't", 'also', 'then', 'now', 'there', 'here', 'however', 'meanwhile', 'yesterday', 'today', 'tonight',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'what', 'how', 'why', 'yes', 'no', 'please', 'just', 'even', 'only',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'according', 'citing', 'per', 'quoting', 'reportedly', 'allegedly',
  'too', 'very', 'really', 'already', 'still', 'again', 'ever', 'never', 'always', 'often', 'once', 'later', 'earlier', 'previously', 'recently',
]);

/** Participles that may stand inside a source ("the unnamed official", "retired general"). */
const MODIFIER_PARTICIPLES = new Set(['unnamed', 'retired', 'armed', 'united', 'elected', 'detained', 'captured', 'exiled', 'wounded', 'unidentified', 'informed', 'concerned', 'leading', 'ruling', 'governing', 'opposing', 'neighbouring', 'neighboring', 'acting', 'founding', 'visiting', 'sitting', 'outgoing', 'incoming', 'polling', 'veteran', 'seasoned', 'ranking', 'senior', 'so-called', 'based', 'backed', 'led', 'owned', 'run', 'affiliated', 'allied', 'embattled', 'besieged', 'advanced', 'limited', 'detailed', 'unnamed']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'another', 'some', 'many', 'several', 'most', 'other', 'each', 'every', 'one', 'two', 'three', 'four', 'both', 'all', 'few', 'former', 'top', 'such']);
/** Determiners that cannot end a source phrase ("former", "both", "some" can: "some said"). */
const STANDS_ALONE = new Set(['former', 'one', 'both', 'all', 'few', 'some', 'many', 'most', 'several']);
const NOT_HEADS = new Set([...DETERMINERS].filter((d) => !STANDS_ALONE.has(d)));
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four']);
const PRONOUN_SOURCES = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which']);
/** Parenthetical words between a name and its verb: "Kim, meanwhile, said". */
const PARENTHETICALS = new Set(['meanwhile', 'however', 'too', 'also', 'though', 'moreover', 'furthermore', 'instead', 'nevertheless', 'likewise', 'separately', 'similarly', 'again']);
const CONJUNCTIONS = new Set(['and', 'or', '&']);
/** Prepositions that open an aside between a name and its verb ("X, at a press conference, said"). */
const ASIDE_OPENERS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'speaking', 'asked', 'when', 'while', 'later', 'earlier', 'then', 'meanwhile', 'however']);

export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

/** The source phrase that ends right before token `end` (exclusive), or null. */
export function sourceBefore(view: TokenView, end: number): TokenRange | null {
  const last = end - 1;
  if (last < 0) return null;
  if (PRONOUN_SOURCES.has(view.lower[last]!)) return { from: last, to: end };
  if (view.words[last] === ',') return apposition(view, last);
  const from = scanLeft(view, last);
  if (from === null) return null;
  // "Protesters marching through the streets chanted", "Fans waiting outside the stadium chanted": the phrase belongs to a participle after the noun that speaks
  const ing = participleBefore(view, from);
  if (ing > 0) {
    const head = sourceBefore(view, ing);
    if (head) return head;
  }
  return { from, to: end };
}

/** The source phrase that starts at token `start`, or null. */
export function sourceAfter(view: TokenView, start: number): TokenRange | null {
  const { words, lower } = view;
  if (start >= words.length) return null;
  if (PRONOUN_SOURCES.has(lower[start]!) && lower[start] !== 'which' && lower[start] !== 'who') return { from: start, to: start + 1 };
  // "said at a Washington event": a phrase that opens with a preposition is not who spoke
  if (isPreposition(lower[start]!) || ASIDE_OPENERS.has(lower[start]!)) return null;
  let k = start;
  while (k < words.length && k - start < MAX_SOURCE_TOKENS) {
    // a parenthesis inside a name: "said Rep. G.K. Butterfield (D-N.C.)"
    if (words[k] === '(' && isCapitalisedAt(view, k - 1)) {
      const close = words.indexOf(')', k);
      if (close > k && close - k <= 8) {
        k = close + 1;
        continue;
      }
    }
    if (!inPhrase(view, k, 'right')) break;
    k++;
  }
  while (k > start && (CONJUNCTIONS.has(lower[k - 1]!) || isPreposition(lower[k - 1]!) || DETERMINERS.has(lower[k - 1]!))) k--;
  if (k === start || !hasHead(view, start, k)) return null;
  return { from: start, to: k };
}

/** Index of a lower-case -ing word that takes the phrase starting at `from` (which may open with a preposition the boundary list lacks, "outside the stadium"), right before it or before its preposition; -1 if none. */
function participleBefore(view: TokenView, from: number): number {
  const at = (k: number) => k >= 1 && view.tokens[k - 1]!.kind === 'word' && /^[a-z]{2,}ing$/.test(view.words[k]!) && !MODIFIER_PARTICIPLES.has(view.lower[k]!);
  if (at(from - 1)) return from - 1;
  if ((isPreposition(view.lower[from - 1] ?? '') || BOUNDARY.has(view.lower[from - 1] ?? '')) && at(from - 2)) return from - 2;
  return -1;
}

function scanLeft(view: TokenView, last: number): number | null {
  const { lower } = view;
  let k = last;
  while (k >= 0 && last - k < MAX_SOURCE_TOKENS) {
    // a parenthesis inside a name: "Rep. Gwen Moore (D-Wis.) said"
    if (view.words[k] === ')') {
      const open = view.words.lastIndexOf('(', k);
      if (open > 0 && k - open <= 8 && isCapitalisedAt(view, open - 1)) {
        k = open - 1;
        continue;
      }
    }
    if (!inPhrase(view, k, 'left', last)) break;
    k--;
  }
  let from = k + 1;
  while (from <= last && (CONJUNCTIONS.has(lower[from]!) || isPreposition(lower[from]!) || view.words[from] === ',')) from++;
  if (from > last || !hasHead(view, from, last + 1)) return null;
  return from;
}

/** "X, a former tank commander, said" → "X, a former tank commander,"; "Kim, meanwhile, said" → "Kim". */
function apposition(view: TokenView, comma: number): TokenRange | null {
  const { words, lower } = view;
  let open = comma - 1;
  while (open >= 0 && words[open] !== ',') open--;
  if (open <= 0 || comma - open < 2) return null;
  const inner = lower.slice(open + 1, comma);
  // "Hillary Clinton, at a later press gaggle, said": an aside that is not a noun phrase leaves the name
  if ((inner.length === 1 && PARENTHETICALS.has(inner[0]!)) || ASIDE_OPENERS.has(inner[0]!)) {
    const from = scanLeft(view, open - 1);
    return from === null ? null : { from, to: open };
  }
  // "X, which …, said" / "X, who …, said": a relative clause may hold anything, and run longer
  const relative = inner.includes('which') || inner.includes('who') || inner.includes('whose');
  if (comma - open - 1 > (relative ? 2 * MAX_SOURCE_TOKENS : MAX_SOURCE_TOKENS)) return null;
  // a state after a name ends in its abbreviation's stops: "Mitch McConnell, R-Ky., said", "D-N.M."
  const abbreviationStop = (k: number) => words[k] === '.' && isCapitalisedAt(view, k - 1) && words[k - 1]!.length <= 5;
  // "Minyon Moore, a senior adviser to the Clinton campaign, called": prepositions inside the apposition, not at its ends
  const link = (k: number) => k > open + 1 && k < comma - 1 && APPOSITION_LINKS.has(lower[k]!);
  if (!relative) for (let k = open + 1; k < comma; k++) if (!inPhrase(view, k, 'right') && words[k] !== ',' && !abbreviationStop(k) && !link(k)) return null;
  const from = scanLeft(view, open - 1);
  if (from === null || !(isCapitalised(words[open - 1]!) || words[open - 1] === ')')) return null;
  return { from, to: comma + 1 };
}

function inPhrase(view: TokenView, k: number, direction: 'left' | 'right', last = k): boolean {
  const { words, lower, tokens } = view;
  const w = words[k]!;
  const l = lower[k]!;
  const token = tokens[k]!;
  if (token.kind === 'number') return true;
  if (token.kind === 'punct' || token.kind === 'symbol') {
    if (w === '.') return k > 0 && (NAME_ABBREVIATIONS.has(lower[k - 1]!) || /^\p{Lu}$/u.test(words[k - 1]!)) && isCapitalisedAt(view, k + 1);
    if (w === '-' || w === '&' || w === '/') return true;
    if (w === ',' && direction === 'left') return listComma(view, k, last);
    return false;
  }
  if (l === "'s" || l === "'") return true;
  if (BOUNDARY.has(l) && !/^\p{Lu}{2,}$/u.test(w)) return false;
  if (CUE_FORMS.has(l) && !NOUN_LIKE.has(l) && !isCapitalised(w)) return false;
  if (CONJUNCTIONS.has(l)) return isCapitalisedAt(view, k - 1) || isCapitalisedAt(view, k + 1) || words[k - 1] === ',';
  if (isCapitalised(w)) return true;
  if (/(ed|ing)$/.test(l) && !MODIFIER_PARTICIPLES.has(l)) return direction === 'right' ? false : DETERMINERS.has(lower[k - 1] ?? '');
  if (/ly$/.test(l) && l !== 'family' && l !== 'ally') return false;
  return true;
}

/** A comma inside a list of names: "South Korea, Ukraine and the United States". */
function listComma(view: TokenView, comma: number, last: number): boolean {
  if (!isCapitalisedAt(view, comma - 1)) return false;
  for (let k = comma + 1; k <= last; k++) if (CONJUNCTIONS.has(view.lower[k]!)) return true;
  return false;
}

function isCapitalisedAt(view: TokenView, k: number): boolean {
  return k >= 0 && k < view.words.length && view.tokens[k]!.kind === 'word' && isCapitalised(view.words[k]!);
}

function isPreposition(w: string): boolean {
  return w === 'of' || w === 'from' || w === 'in' || w === 'at' || w === 'for';
}

/** The phrase ends in something that can be its head: a name, a noun-like word, a number ("55 percent"). */
function hasHead(view: TokenView, from: number, to: number): boolean {
  const last = view.lower[to - 1]!;
  // "the mother of three": a number after "of" heads the phrase it ends
  if (NOT_HEADS.has(last) && !(NUMBER_WORDS.has(last) && view.lower[to - 2] === 'of')) return false;
  if (isPreposition(last) || CONJUNCTIONS.has(last) || last === "'s") return false;
  return view.tokens.slice(from, to).some((t) => t.kind === 'word');
}

const APPOSITION_LINKS = new Set(['of', 'in', 'at', 'for', 'on', 'from', 'to', 'with', 'the', 'a', 'an', 'and']);

/**
 * "…, said Rep. Joseph Crowley, a leading advocate for human rights in Burma.":
 * the apposition that follows an inverted source to the end of the sentence
 * (token `end`, exclusive), when it is a noun phrase; the token where the
 * source then ends, or null.
 */
export function appositionAfter(view: TokenView, comma: number, end: number): number | null {
  if (view.words[comma] !== ',' || end - comma - 1 < 1 || end - comma - 1 > MAX_SOURCE_TOKENS) return null;
  for (let k = comma + 1; k < end; k++) {
    if (APPOSITION_LINKS.has(view.lower[k]!)) continue;
    if (view.words[k] === '(' || view.words[k] === ')') continue;
    if (!inPhrase(view, k, 'right')) return null;
  }
  return hasHead(view, comma + 1, end) ? end : null;
}
