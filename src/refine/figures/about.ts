/**
 * What a figure is about, besides what it counts. Tried in order, first found wins:
 * 1. the noun an amount modifies: "50 foot building lots", "a 6kW electric
 *    motor", "50GB storage", "6.5 times earnings", "640bhp 5.2 litre V10
 *    engine", "$200 million in military aid";
 * 2. the whole a share is of: "81% of manufacturers", "13 percent of the global economy";
 * 3. the noun before "of" or "with": "a CNN survey of seven European
 *    countries", "SF90 with 938 horsepower" (not a placeholder: "a total of",
 *    "an average of" look on to the clause);
 * 3b. the name before the brackets a figure is in ("G Hunter Maldonado (15.3
 *    ppg, 7.4 rpg)"), or before an equals sign;
 * 3c. for a measure, a noun phrase before "at" ("carbon levels at 1200 ppm");
 * 4. the object of the figure's verb: "boost the driving range by about 35 miles";
 * 5. the subject of that verb, through auxiliaries, adverbs and infinitives
 *    ("Pension Credit was set to rise by 10.1%", "Chris Wood has scored 22
 *    goals", "Ford, which has 13,000 workers", "global debt, excluding
 *    financial institutions, was about $113 trillion"); a pronoun subject
 *    stands for the noun phrase that opens the sentence;
 * 6. what an amount of money is paid for ("$21,972 for the CVT").
 * Found by walking through the figure's clause with the word classes of the
 * lexicon; no parse. A subject that is only an adverb or a time ("Now",
 * "next year") is no subject.
 */
import { MONTHS, WEEKDAY_PATTERN } from '../../core/datetime.js';
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import type { Figure } from '../../extract/quantities/figure.js';
import { ADVERBS, AUXILIARIES, CONJUNCTIONS, DETERMINERS, NP_STOP, PLACEHOLDER_NOUNS, PREPOSITIONS, PRONOUNS, isAdverb, isCapitalised, looksLikeVerb } from '../../extract/quantities/lexicon/words.js';
import type { QToken } from '../../extract/quantities/tokens.js';
import { CHANGE_NOUNS, CHANGE_VERBS, isParticle } from './change.js';
import { figureTokens, otherFigures, tokenAt, unitOf } from './helpers.js';

interface Range {
  start: number;
  end: number;
}

const MAX_WORDS = 6;
const BACK = 12;
const RELATIVE = new Set(['which', 'who', 'that', 'whose']);
/** Words between a clause's subject and a figure that belong to neither ("the stars spin nearly 78,000"). */
const QUALIFYING = new Set(['nearly', 'almost', 'about', 'around', 'some', 'roughly', 'approximately', 'over', 'under', 'more', 'than', 'less', 'fewer', 'at', 'least', 'up', 'to', 'as', 'many', 'much', 'just', 'further', 'only', 'slightly', 'sharply', 'combined', 'total', 'estimated', 'additional', 'another', 'a', 'an', 'whopping', 'staggering', 'record']);
/** Pronouns that stand for a subject named earlier in the sentence. */
const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they']);
/** Words that stand for a subject without naming it. */
const EMPTY_SUBJECTS = new Set(['there', 'here', 'it', 'this', 'that', 'what', 'which', 'these', 'those', 'they', 'he', 'she', 'we', 'i', 'you']);
/** Words that say when, not what: a phrase of them is not what a figure is about. */
const TIME_WORDS = new Set([
  'last', 'next', 'this', 'past', 'coming', 'previous', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'quarter',
  'half', 'today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'overnight', 'season', 'decade',
  'annually', 'apiece', 'each', 'per', 'a', 'an', 'early', 'late', 'mid',
]);
/** Adjectives of size after a measure ("90 miles wide"): the measure is of the thing before. */
const DIMENSIONS = new Set(['wide', 'long', 'high', 'tall', 'deep', 'thick', 'old', 'away', 'apart', 'across', 'ahead', 'behind', 'short', 'diameter']);
/** Adverbial particles after a verb ("came back at", "inching back up to"): not its object. */
const PARTICLES = new Set(['back', 'away', 'out', 'off', 'up', 'down', 'over', 'forward', 'ahead', 'along', 'around', 'apart', 'together', 'home', 'again', 'true']);
/** Words in -ing that name a thing or an activity, and so may modify a noun after a figure ("50 foot building lots"). */
const ING_NOUNS = new Set([
  'building', 'housing', 'parking', 'training', 'funding', 'spending', 'shipping', 'trading', 'lending', 'mining', 'fishing', 'manufacturing',
  'marketing', 'processing', 'engineering', 'swimming', 'living', 'dining', 'heating', 'cooling', 'cooking', 'charging', 'loading',
  'landing', 'hearing', 'meeting', 'opening', 'warning', 'rating', 'ranking', 'ceiling', 'clothing', 'seating', 'sitting', 'operating',
  'selling', 'buying', 'offering', 'recording', 'screening', 'testing', 'banking', 'accounting', 'advertising', 'broadcasting', 'printing',
  'packaging', 'cleaning', 'recycling', 'drinking', 'running', 'walking', 'driving', 'flying', 'sailing', 'shooting', 'fighting',
  'sleeping', 'waiting', 'working', 'learning', 'teaching', 'nursing', 'polling', 'voting', 'filing', 'planning', 'pricing',
]);

/** Comparatives, which follow a figure without being what it counts ("25k cheaper", "10% higher"). */
const COMPARATIVES = new Set([
  'cheaper', 'costlier', 'pricier', 'higher', 'lower', 'bigger', 'larger', 'smaller', 'greater', 'faster', 'slower', 'quicker', 'wider',
  'narrower', 'longer', 'shorter', 'taller', 'stronger', 'weaker', 'older', 'younger', 'better', 'worse', 'heavier', 'lighter', 'deeper',
  'shallower', 'earlier', 'later', 'richer', 'poorer', 'hotter', 'colder', 'warmer', 'cooler', 'easier', 'harder', 'closer', 'further',
  'farther', 'louder', 'thicker', 'thinner', 'steeper', 'safer', 'riskier', 'busier', 'fewer', 'lesser',
]);

/** Words that link a sentence to what came before, or stand alone; never part of a subject. */
const DISCOURSE = new Set(['however', 'meanwhile', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'still', 'also', 'true', 'false', 'yes', 'well', 'so', 'thus', 'hence', 'therefore', 'indeed', 'instead', 'otherwise']);

/** Contractions written without their apostrophe, as scraped text often has them. */
const CONTRACTIONS = new Set(['dont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'werent', 'arent', 'cant', 'couldnt', 'wouldnt', 'shouldnt', 'wont', 'lets', 'weve', 'theyve', 'ive', 'youre', 'theyre', 'thats', 'whats', 'theres', 'hes', 'shes', 'im']);
const WEEKDAY = new RegExp(`^(?:${WEEKDAY_PATTERN})$`);

/** An -ed or -ing form of a verb ("tuned", "trending"), not a noun that ends so ("speed", "morning"). */
function participle(lower: string): boolean {
  return /(?:ed|ing)$/.test(lower) && looksLikeVerb(lower);
}

function isTimeWord(t: QToken): boolean {
  return TIME_WORDS.has(t.lower) || WEEKDAY.test(t.text) || (isCapitalised(t.text) && MONTHS[t.lower] !== undefined);
}

export const about: FigureRefiner = {
  name: 'about',
  refine(figures, ctx) {
    const claims = figures.filter((f) => f.role !== 'excluded');
    // another figure's tokens are never part of what this one is about
    const around = otherFigures(claims);
    for (const f of claims) {
      const { tokens, first, after } = figureTokens(f, ctx);
      const { others, inOther } = around(f);
      // "$6 (US $4.46)": a conversion is about what the figure it converts is about (the alternatives refiner copies it)
      if (tokens[first - 1]?.text === '(' && tokens[first - 2] && inOther(tokens[first - 2]!)) {
        f.about = null;
        continue;
      }
      f.about = modifiedNoun(f, tokens, after, others) ?? wholeOf(f, tokens, after) ?? nounOf(tokens, first, inOther) ?? bracketOwner(tokens, first, inOther) ?? (unitOf(f) ? nounAt(tokens, first, inOther) : null) ?? ofClause(tokens, first, inOther) ?? pricedFor(f, tokens, after, others);
    }
    return figures;
  },
};

/** 1. "50 foot building lots": an amount with a unit right before a noun phrase. */
function modifiedNoun(f: Figure, tokens: readonly QToken[], after: number, others: readonly Figure[]): Range | null {
  const unit = unitOf(f);
  if (!unit || unit.kind === 'time') return null;
  let at = after;
  // "1.8 billion-mile (2.8bn km) journey": past a conversion in brackets
  if (tokens[at]?.text === '(') {
    let close = at + 1;
    while (close < tokens.length && close - at < 8 && tokens[close]!.text !== ')') close++;
    if (tokens[close]?.text === ')') at = close + 1;
  }
  // "640bhp 5.2 litre V10 engine": past another amount that modifies the same noun
  const next = others.find((o) => o.range.start === tokens[at]?.start && unitOf(o));
  if (next) at = tokenAt(tokens, next.range.end);
  const t = tokens[at];
  // "$1 billion in gains", "$200 million in military aid"
  if (unit.kind === 'currency' && t?.lower === 'in' && tokens[at + 1]?.kind === 'word' && !isCapitalised(tokens[at + 1]!.text) && !DETERMINERS.has(tokens[at + 1]!.lower) && !isTimeWord(tokens[at + 1]!)) return phraseAfter(tokens, at + 1);
  if (!t || t.kind !== 'word' || t.glued || isTimeWord(t) || DETERMINERS.has(t.lower) || DIMENSIONS.has(t.lower)) return null;
  const np = phraseAfter(tokens, at);
  // "a 60 basis point improvement in its retail margins": a change is about what changed
  const head = np ? tokens[tokenAt(tokens, np.end) - 1] : undefined;
  if (np && head && CHANGE_NOUNS.has(head.lower)) {
    const next = tokenAt(tokens, np.end);
    if (['in', 'of', 'for'].includes(tokens[next]?.lower ?? '')) return objectOf(tokens, next);
    // "the 7% share price increase": the words before the change name what changed
    const before = tokens[tokenAt(tokens, np.end) - 2];
    return before && before.start >= np.start ? { start: np.start, end: before.end } : null;
  }
  return np;
}

/**
 * The noun phrase starting at token `at`, read forwards: words, names with
 * digits ("V10") and hyphenated compounds ("loan-to-value"), up to a function
 * word, a verb or a time. Its head (last word) must be a common noun, so a name
 * after a figure ("Dow +0.2% S&P 500", "$31.20 US") is not taken for it.
 */
function phraseAfter(tokens: readonly QToken[], at: number, { names = false, nounFirst = false }: { names?: boolean; nounFirst?: boolean } = {}): Range | null {
  let end = at;
  for (let k = at; k < tokens.length && k - at < MAX_WORDS * 2; k++) {
    const t = tokens[k]!;
    const inWord = k > at && t.glued && (t.kind === 'digits' || t.text === '-' || tokens[k - 1]!.text === '-');
    if (!inWord) {
      if (t.kind !== 'word' || isTimeWord(t) || NP_STOP.has(t.lower) || DETERMINERS.has(t.lower) || isAdverb(t.lower)) break;
      // an -ed word is a modifier only before another word of the phrase ("sustained winds"); one in -ing opens a clause
      // ("15 ppb requiring action") unless it names a thing ("building lots"); after a plural either is the verb ("manufacturers reported")
      if (!isCapitalised(t.text) && looksLikeVerb(t.lower) && !(nounFirst && k === at && !participle(t.lower))) {
        const modifies = tokens[k + 1]?.kind === 'word' && !NP_STOP.has(tokens[k + 1]!.lower) && !DETERMINERS.has(tokens[k + 1]!.lower) && !isTimeWord(tokens[k + 1]!);
        const afterPlural = k > at && /[^s]s$/.test(tokens[k - 1]!.lower);
        if (!modifies || afterPlural || (participle(t.lower) && t.lower.endsWith('ing') && !ING_NOUNS.has(t.lower))) break;
      }
    }
    end = k + 1;
  }
  while (end > at && tokens[end - 1]!.text === '-') end--;
  const head = tokens[end - 1];
  // a head in capitals is a name, unless a plural acronym ("ICs", "SUVs")
  if (end === at || !head || head.kind !== 'word' || (!names && isCapitalised(head.text) && !/^\p{Lu}{2,}s$/u.test(head.text))) return null;
  // "25k cheaper", "10% higher": a comparative is no noun
  if (end - at === 1 && COMPARATIVES.has(head.lower)) return null;
  return { start: tokens[at]!.start, end: head.end };
}

/** 2. "81% of manufacturers", "50mL of fuming sulfuric acid": the whole a share or a measure is taken of. */
function wholeOf(f: Figure, tokens: readonly QToken[], after: number): Range | null {
  const kind = unitOf(f)?.kind;
  if (f.form !== 'fraction' && (kind === undefined || kind === 'time' || kind === 'currency')) return null;
  // "13% of Aeronautics": the whole may be a name
  return tokens[after]?.lower === 'of' ? objectOf(tokens, after, { names: true }) : null;
}

/** 6. "$21,972 for the CVT", "paying over $100 million for work": what an amount of money is paid for, when nothing else says. */
function pricedFor(f: Figure, tokens: readonly QToken[], after: number, others: readonly Figure[]): Range | null {
  let at = after;
  // "2,380,000 ($21,972) for the CVT": past a conversion, which also shows the figure is money
  const conversion = tokens[at]?.text === '(' ? others.find((o) => o.range.start === tokens[at + 1]?.start) : undefined;
  if (conversion) at = tokenAt(tokens, conversion.range.end) + (tokens[tokenAt(tokens, conversion.range.end)]?.text === ')' ? 1 : 0);
  if (unitOf(f)?.kind !== 'currency' && (!conversion || unitOf(conversion)?.kind !== 'currency')) return null;
  if (tokens[at]?.lower !== 'for') return null;
  const next = tokens[at + 1];
  if (next && (isTimeWord(next) || /^(?:every|each)$/.test(next.lower))) return null;
  return objectOf(tokens, at, { names: true });
}

/** The noun phrase a preposition at token `prep` takes, past its determiners ("of the global economy"). */
function objectOf(tokens: readonly QToken[], prep: number, options: { names?: boolean } = {}): Range | null {
  let from = prep + 1;
  while (tokens[from] && DETERMINERS.has(tokens[from]!.lower)) from++;
  // right after a preposition a word is a noun even where it could be a verb ("for work", "in use")
  return phraseAfter(tokens, from, { ...options, nounFirst: true });
}

/** 3. "a survey of seven countries": the noun before "of", unless it only stands in for the figure ("a total of"). */
function nounOf(tokens: readonly QToken[], first: number, inOther: (t: QToken) => boolean): Range | null {
  // "the iPhone 12 Pro Max with 3687 mAh", "SF90 with 938 horsepower"
  if (tokens[first - 1]?.lower === 'with') return phraseBefore(tokens, first - 2, inOther);
  if (tokens[first - 1]?.lower !== 'of') return null;
  const noun = tokens[first - 2];
  if (!noun || PLACEHOLDER_NOUNS.has(noun.lower) || noun.lower === 'combined' || noun.lower === 'sum') return null;
  return phraseBefore(tokens, first - 2, inOther);
}

/**
 * "G Hunter Maldonado (15.3 ppg, 7.4 rpg)", "Toronto Stock Exchange (16369.03
 * up 58.06 points)", "floor area ≈ 32m2": figures in brackets after a name, or
 * after an equals sign, are about what stands before.
 */
function bracketOwner(tokens: readonly QToken[], first: number, inOther: (t: QToken) => boolean): Range | null {
  if (tokens[first - 1]?.text === '=' || tokens[first - 1]?.text === '≈') return phraseBefore(tokens, first - 2, inOther);
  for (let k = first - 1; k >= 0 && first - k <= 12; k--) {
    const t = tokens[k]!;
    if (t.text === '(') return phraseBefore(tokens, k - 1, inOther);
    if (t.text === ')' || (t.kind === 'punct' && /^[;:.!?]$/.test(t.text))) return null;
  }
  return null;
}

/** 3c. "carbon levels at 1200 parts per million", "unemployment at 5%": a measure after a noun phrase (not a verb) and "at". */
function nounAt(tokens: readonly QToken[], first: number, inOther: (t: QToken) => boolean): Range | null {
  let at = first - 1;
  while (at > 0 && QUALIFYING.has(tokens[at]!.lower) && tokens[at]!.lower !== 'at') at--;
  const noun = tokens[at - 1];
  if (tokens[at]?.lower !== 'at' || !noun || noun.kind !== 'word' || inOther(noun)) return null;
  // "to close at", "prices start at" (a word after a plural is its verb), "down 68 p at 1112 p", "as impressive at":
  // a verb, another figure's unit, an adjective
  const before = tokens[at - 2];
  if (before && (before.lower === 'to' || inOther(before) || (before.kind === 'word' && /[^s]s$/.test(before.lower) && !isCapitalised(before.text)))) return null;
  const lower = noun.lower;
  if (/(?:ive|ous|ful|able|ible)$/.test(lower) || looksLikeVerb(lower) || CHANGE_VERBS.has(lower) || PARTICLES.has(lower) || NP_STOP.has(lower) || DETERMINERS.has(lower) || isAdverb(lower) || isTimeWord(noun)) return null;
  return phraseBefore(tokens, at - 1, inOther);
}

/** 4 and 5. The object between the figure's verb and the figure, else the verb's subject. */
function ofClause(tokens: readonly QToken[], first: number, inOther: (t: QToken) => boolean): Range | null {
  let start = first;
  // "a total of 216,925": look from before the placeholder
  if (tokens[first - 1]?.lower === 'of' && PLACEHOLDER_NOUNS.has(tokens[first - 2]?.lower ?? '')) {
    start = first - 2;
    while (start > 0 && (DETERMINERS.has(tokens[start - 1]!.lower) || isAdverb(tokens[start - 1]!.lower))) start--;
  }
  let verb = verbBefore(tokens, start, inOther);
  // after a modal or auxiliary the next word is the main verb ("will boost", "would cost", "will also boost")
  if (verb >= 0 && AUXILIARIES.has(tokens[verb]!.lower)) {
    let next = verb + 1;
    while (next + 1 < start && isAdverb(tokens[next]!.lower)) next++;
    if (tokens[next]?.kind === 'word' && next < start && !DETERMINERS.has(tokens[next]!.lower) && !PREPOSITIONS.has(tokens[next]!.lower)) verb = next;
  }
  const found = verb >= 0 ? (objectBetween(tokens, verb + 1, start) ?? subjectOf(tokens, verb, inOther)) : subjectOf(tokens, start, inOther);
  return found && !onlyTime(tokens, found) ? found : null;
}

function onlyTime(tokens: readonly QToken[], r: Range): boolean {
  const words = tokens.slice(tokenAt(tokens, r.start), tokenAt(tokens, r.end));
  return words.every((w) => w.kind !== 'word' || isTimeWord(w) || (!isCapitalised(w.text) && isAdverb(w.lower)) || ADVERBS.has(w.lower));
}

function isVerbLike(tokens: readonly QToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || isCapitalised(t.text)) return false;
  if (looksLikeVerb(t.lower) || CHANGE_VERBS.has(t.lower)) return true;
  // "which range from": a word right after a relative pronoun
  if (RELATIVE.has(tokens[i - 1]?.lower ?? '') && !DETERMINERS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !isAdverb(t.lower) && !PRONOUNS.has(t.lower)) return true;
  // "to produce", "to consume": a word after an infinitive "to" that a determiner or the figure follows
  const next = tokens[i + 1];
  return tokens[i - 1]?.lower === 'to' && !PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower) && !isAdverb(t.lower) && (next === undefined || next.kind !== 'word' || DETERMINERS.has(next.lower) || QUALIFYING.has(next.lower));
}

/** The nearest verb before the figure in its clause, or -1. */
function verbBefore(tokens: readonly QToken[], first: number, inOther: (t: QToken) => boolean): number {
  for (let i = first - 1, n = 0; i >= 0 && n < BACK; i--, n++) {
    const t = tokens[i]!;
    // "from 5 to 7 per cent to 3 to 5 per cent": another figure counts as one step
    if (inOther(t)) {
      while (i > 0 && inOther(tokens[i - 1]!)) i--;
      continue;
    }
    if (t.kind === 'punct' && /^[;:.!?]$/.test(t.text)) return -1;
    if (QUALIFYING.has(t.lower) && !CHANGE_VERBS.has(t.lower)) continue;
    // "gave up 517 yards": the particle's verb
    if (isParticle(tokens, i)) return i - 1;
    const next = tokens[i + 1];
    const modifier = /(?:ing|ed)$/.test(t.lower) && next?.kind === 'word' && !PREPOSITIONS.has(next.lower) && !DETERMINERS.has(next.lower) && !AUXILIARIES.has(next.lower) && !QUALIFYING.has(next.lower) && i + 1 < first && (DETERMINERS.has(tokens[i - 1]?.lower ?? '') || !objectThenBy(tokens, i + 1, first));
    if (isVerbLike(tokens, i) && !modifier) return i;
  }
  return -1;
}

/** "hiking subscription fees by up to £24": only words, then "by", between token `from` and the figure: the -ing word before is a verb with its object. */
function objectThenBy(tokens: readonly QToken[], from: number, first: number): boolean {
  let k = first - 1;
  while (k > from && QUALIFYING.has(tokens[k]!.lower)) k--;
  if (tokens[k]?.lower !== 'by') return false;
  for (let j = from; j < k; j++) if (tokens[j]!.kind !== 'word' || NP_STOP.has(tokens[j]!.lower)) return false;
  return k > from;
}

/** "boost [the driving range] by 35 miles": a noun phrase between the verb and the figure's preposition. */
function objectBetween(tokens: readonly QToken[], from: number, to: number): Range | null {
  const words: QToken[] = [];
  let i = from;
  for (; i < to; i++) {
    const t = tokens[i]!;
    if (DETERMINERS.has(t.lower) && words.length === 0) continue;
    if (t.kind !== 'word' || PREPOSITIONS.has(t.lower) || PRONOUNS.has(t.lower) || CONJUNCTIONS.has(t.lower) || isAdverb(t.lower) || AUXILIARIES.has(t.lower)) break;
    if (PARTICLES.has(t.lower)) return null;
    words.push(t);
  }
  // only an object that a preposition links to the figure: not "has spent the last 200 days", "reached 5,000"
  if (words.length === 0 || !PREPOSITIONS.has(tokens[i]?.lower ?? '') || words.every(isTimeWord)) return null;
  return { start: words[0]!.start, end: words[words.length - 1]!.end };
}

/** The noun phrase before the verb: through auxiliaries, adverbs, infinitives, a relative pronoun and an aside. */
function subjectOf(tokens: readonly QToken[], verb: number, inOther: (t: QToken) => boolean): Range | null {
  let i = verb - 1;
  let inChain = false;
  for (let steps = 0; i >= 0 && steps < BACK; steps++) {
    const t = tokens[i]!;
    // another figure, or its restatement ("lost 162.31 points, or 2.14%, to fall")
    if (inOther(t) || (t.lower === 'or' && tokens[i + 1] && inOther(tokens[i + 1]!))) {
      i--;
      continue;
    }
    // "in order to add": the infinitive's marker, not a noun
    if (t.lower === 'order' && tokens[i - 1]?.lower === 'in' && tokens[i + 1]?.lower === 'to') {
      i -= 2;
      continue;
    }
    const skippable = AUXILIARIES.has(t.lower) || (ADVERBS.has(t.lower) && !isCapitalised(t.text)) || (t.lower.endsWith('ly') && !isCapitalised(t.text)) || RELATIVE.has(t.lower) || QUALIFYING.has(t.lower);
    // "was set to rise", "is poised to drop", "keeps running for": a chain of verbs
    const verbish = looksLikeVerb(t.lower) || CHANGE_VERBS.has(t.lower) || AUXILIARIES.has(tokens[i - 1]?.lower ?? '');
    const linked: boolean = AUXILIARIES.has(tokens[i - 1]?.lower ?? '') || tokens[i + 1]?.lower === 'to' || participle(t.lower) || CHANGE_VERBS.has(t.lower) || inChain;
    const chained: boolean = t.kind === 'word' && !isCapitalised(t.text) && !DETERMINERS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !PRONOUNS.has(t.lower) && verbish && linked;
    if (skippable || chained) {
      inChain ||= chained;
      i--;
      continue;
    }
    // "sampling between 2014 and 2017 came back": a time phrase between subject and verb
    const time = timePhraseStart(tokens, i);
    if (time >= 0) {
      i = time - 1;
      break;
    }
    // ", excluding financial institutions,": an aside between subject and verb
    if (t.text === ',') {
      const open = asideStart(tokens, i);
      i = open >= 0 ? open - 1 : i - 1;
      continue;
    }
    break;
  }
  // "British Airways is expected to announce it will suspend 36,000 staff": a pronoun subject stands for the sentence's
  if (SUBJECT_PRONOUNS.has(tokens[i]?.lower ?? '') && !PREPOSITIONS.has(tokens[i - 1]?.lower ?? '')) return sentenceSubject(tokens, i, inOther);
  const found = phraseBefore(tokens, i, inOther);
  // "an engine tuned by M-Sport to produce": the agent of a participle is not the subject
  const by = found ? tokenAt(tokens, found.start) - 1 : -1;
  if (found && tokens[by]?.lower === 'by' && participle(tokens[by - 1]?.lower ?? '')) return subjectOf(tokens, by - 1, inOther) ?? found;
  return found;
}

/**
 * The noun phrase that opens the sentence, before its first verb and before
 * token `before` ("But Amazon is coming up fast", "Meanwhile, Musk uses"), past
 * linking words; null when the sentence opens otherwise.
 */
function sentenceSubject(tokens: readonly QToken[], before: number, inOther: (t: QToken) => boolean): Range | null {
  let k = 0;
  // a few opening words at most: a sentence of "and and and …" must not make this walk its length for every figure
  while (k < before && k < MAX_WORDS && (tokens[k]!.text === ',' || DISCOURSE.has(tokens[k]!.lower) || CONJUNCTIONS.has(tokens[k]!.lower))) k++;
  while (k < before && k < MAX_WORDS && DETERMINERS.has(tokens[k]!.lower)) k++;
  let end = k;
  while (end < before && end - k <= MAX_WORDS && tokens[end]!.kind === 'word' && !inOther(tokens[end]!) && !NP_STOP.has(tokens[end]!.lower) && !DETERMINERS.has(tokens[end]!.lower) && !isAdverb(tokens[end]!.lower)) {
    const t = tokens[end]!;
    // the verb: a known verb form, or a word in -s after the name ("Musk uses")
    if (!isCapitalised(t.text) && (looksLikeVerb(t.lower) || CHANGE_VERBS.has(t.lower) || (end > k && /[^s]s$/.test(t.lower) && isCapitalised(tokens[end - 1]!.text)))) break;
    end++;
  }
  const verb = tokens[end];
  if (end === k || end - k > MAX_WORDS || !verb || verb.kind !== 'word' || !(AUXILIARIES.has(verb.lower) || looksLikeVerb(verb.lower) || CHANGE_VERBS.has(verb.lower) || /[^s]s$/.test(verb.lower))) return null;
  return { start: tokens[k]!.start, end: tokens[end - 1]!.end };
}

const TIME_PREPOSITIONS = new Set(['in', 'between', 'from', 'since', 'during', 'through', 'until', 'till', 'before', 'after', 'by']);

/** Index of the preposition opening a phrase of years that ends at token `end` ("in 2018", "between 2014 and 2017"), or -1. */
function timePhraseStart(tokens: readonly QToken[], end: number): number {
  let k = end;
  let years = 0;
  for (; k >= 0 && end - k < 8; k--) {
    const t = tokens[k]!;
    if (t.kind === 'digits' && /^(?:1[89]|20)\d\d$/.test(t.text)) years++;
    else if (!['and', 'to', '-', '–', 'of', 'the', 'late', 'early', 'mid'].includes(t.lower) && !(isCapitalised(t.text) && MONTHS[t.lower] !== undefined)) break;
  }
  return years > 0 && TIME_PREPOSITIONS.has(tokens[k]?.lower ?? '') && k > 0 ? k : -1;
}

/** Index of the comma that opens a short aside ending at the comma `close`, or -1. */
function asideStart(tokens: readonly QToken[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= 8; k--) {
    const t = tokens[k]!;
    if (t.text === ',') {
      const opener = tokens[k + 1]!;
      return PREPOSITIONS.has(opener.lower) || (participle(opener.lower) && opener.lower.endsWith('ing')) || RELATIVE.has(opener.lower) || DETERMINERS.has(opener.lower) ? k : -1;
    }
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '’' && t.text !== "'") return -1;
  }
  return -1;
}

/** The noun phrase ending at token `end` (inclusive), read backwards. */
function phraseBefore(tokens: readonly QToken[], end: number, inOther: (t: QToken) => boolean): Range | null {
  let i = end;
  // a bracketed aside ending the phrase: "Ford (F)"
  if (tokens[i]?.text === ')') {
    let k = i - 1;
    while (k >= 0 && tokens[k]!.text !== '(' && i - k < 5) k--;
    if (tokens[k]?.text === '(') i = k - 1;
  }
  const last = i;
  const words: QToken[] = [];
  for (let n = 0; i >= 0 && n < MAX_WORDS; i--) {
    const t = tokens[i]!;
    if (inOther(t)) break;
    if (t.kind === 'word') n++;
    const possessive = t.text === '’s' || t.text === "'s" || t.text === '&';
    if (t.kind === 'punct' && !possessive && !(t.text === '-' && t.glued)) break;
    // digits inside a name ("S&P 500", "Galaxy S22", "sp 500") stay; a figure ends the phrase
    const inName = tokens[i - 1]?.kind === 'word' && (/\p{Lu}/u.test(tokens[i - 1]!.text) || t.glued || tokens[i - 1]!.lower.length <= 3);
    // "TA-125", "V-6": digits glued by a hyphen to a word
    const hyphened = t.glued && tokens[i - 1]?.text === '-' && tokens[i - 1]!.glued && tokens[i - 2]?.kind === 'word';
    if (t.kind === 'digits' && !inName && !hyphened && tokens[i - 1]?.text !== '&') break;
    if (t.kind === 'word' && EMPTY_SUBJECTS.has(t.lower)) {
      // "the voltage across it was": a pronoun that a preposition takes leaves the phrase before it
      if (words.length === 0 && i === last && ['it', 'them', 'this', 'that', 'these', 'those'].includes(t.lower) && PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.kind === 'word') {
        const head = phraseBefore(tokens, i - 2, inOther);
        return head ? { start: head.start, end: t.end } : null;
      }
      break;
    }
    // the head may be a noun that is also a verb ("the set", "Individual plan", "the cost"), after a word that cannot be a subject's end
    const head = words.length === 0 && t.kind === 'word' && !participle(t.lower) && headAfter(tokens[i - 1]);
    // function words end the phrase, capitalised or not ("With a total of", "Among his")
    if (t.kind === 'word' && !/^\p{Lu}{2,}$/u.test(t.text) && (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || CONJUNCTIONS.has(t.lower) || PRONOUNS.has(t.lower) || AUXILIARIES.has(t.lower) || CONTRACTIONS.has(t.lower.replace(/['’]/g, '')) || DISCOURSE.has(t.lower))) break;
    // a verb form before the head modifies it when it names a thing or follows a determiner ("an operating profit", "the revised forecast")
    const modifier = words.length > 0 && (ING_NOUNS.has(t.lower) || DETERMINERS.has(tokens[i - 1]?.lower ?? ''));
    if (!head && !modifier && t.kind === 'word' && !isCapitalised(t.text) && looksLikeVerb(t.lower)) break;
    words.unshift(t);
  }
  // a phrase ends in a noun, not an adverb ("strong again")
  if (words.length === 0 || ADVERBS.has(words[words.length - 1]!.lower)) return null;
  // "Revenue in the quarter": the head before a prepositional phrase
  const det = tokens[i];
  const prep = DETERMINERS.has(det?.lower ?? '') ? tokens[i - 1] : det;
  const prepAt = prep === det ? i : i - 1;
  if (prep && ['in', 'of', 'for', 'at', 'on', 'from', 'across'].includes(prep.lower) && tokens[prepAt - 1]?.kind === 'word' && !DETERMINERS.has(tokens[prepAt - 1]!.lower) && !looksLikeVerb(tokens[prepAt - 1]!.lower) && !PREPOSITIONS.has(tokens[prepAt - 1]!.lower) && !isTimeWord(tokens[prepAt - 1]!)) {
    const head = phraseBefore(tokens, prepAt - 1, inOther);
    if (head) return { start: head.start, end: tokens[last]!.end };
  }
  return { start: words[0]!.start, end: tokens[last]!.end };
}

/** A word after which a verb-like word is a noun: a determiner, a possessive or a capitalised modifier ("the set", "One's plan"). */
function headAfter(t: QToken | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return (DETERMINERS.has(t.lower) && !RELATIVE.has(t.lower) && t.lower !== 'what') || /['’]s$/.test(t.lower) || (isCapitalised(t.text) && !AUXILIARIES.has(t.lower) && !PRONOUNS.has(t.lower));
}
