/**
 * Levels and changes: "rose by 50 to 300" is a change of 50 (up) and a level
 * of 300 reached by a rise; "fell 2.1%" and "was down 1%" are changes; "a 5%
 * rise" and "an increase of 5%" too. An increment is never reported as a total.
 * "Lost 5,000 troops" is a loss of people (casualties), not a change.
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import type { Direction, Figure } from '../../extract/quantities/figure.js';
import { PERSON_NOUNS, PREPOSITIONS, PRONOUNS, looksLikeVerb } from '../../extract/quantities/lexicon/words.js';
import type { QToken } from '../../extract/quantities/tokens.js';
import { figureTokens, isClauseBreak, otherFigures } from './helpers.js';

const UP = ['rose', 'rise', 'rises', 'rising', 'risen', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grow', 'grows', 'growing', 'grown', 'climbed', 'climb', 'climbs', 'climbing', 'jumped', 'jump', 'jumps', 'gained', 'gain', 'gains', 'surged', 'surge', 'surges', 'soared', 'soar', 'soars', 'added', 'adds', 'rallied', 'advanced', 'up', 'boosted', 'raised', 'expanded', 'widened', 'spiked', 'accelerated', 'inched', 'edged', 'higher', 'upward', 'upwards'];
const DOWN = ['fell', 'fall', 'falls', 'falling', 'fallen', 'dropped', 'drop', 'drops', 'dropping', 'declined', 'decline', 'declines', 'declining', 'decreased', 'decrease', 'decreases', 'lost', 'lose', 'loses', 'losing', 'slid', 'slide', 'slides', 'slipped', 'slip', 'slips', 'plunged', 'plunge', 'plunges', 'tumbled', 'tumble', 'sank', 'sink', 'shed', 'sheds', 'cut', 'cuts', 'reduced', 'narrowed', 'eased', 'eases', 'down', 'shrank', 'shrunk', 'contracted', 'dipped', 'dip', 'dips', 'retreated', 'slumped', 'slump', 'plummeted', 'lower', 'weakened', 'tanked', 'crashed', 'downward', 'downwards'];
export const CHANGE_VERBS: ReadonlyMap<string, Direction> = new Map([...UP.map((w) => [w, 'up'] as const), ...DOWN.map((w) => [w, 'down'] as const)]);

export const CHANGE_NOUNS: ReadonlyMap<string, Direction> = new Map([
  ['increase', 'up'], ['rise', 'up'], ['rebound', 'up'], ['improvement', 'up'], ['gain', 'up'], ['jump', 'up'], ['surge', 'up'], ['growth', 'up'], ['hike', 'up'], ['boost', 'up'], ['uptick', 'up'], ['climb', 'up'],
  ['decrease', 'down'], ['drop', 'down'], ['fall', 'down'], ['decline', 'down'], ['cut', 'down'], ['reduction', 'down'], ['loss', 'down'], ['slump', 'down'], ['dip', 'down'], ['plunge', 'down'], ['slide', 'down'],
]);
/** Words allowed between a verb of change and its figure ("rose by about", "fell a further"). */
const BRIDGE = new Set(['by', 'about', 'around', 'some', 'nearly', 'almost', 'roughly', 'more', 'than', 'over', 'a', 'further', 'another', 'an', 'additional', 'just', 'as', 'much', 'many', 'to', 'from', 'at', 'least', 'up', 'only', 'slightly', 'sharply', 'strongly', 'marginally', 'end', 'close', 'finish', 'settle', 'stand', 'trade']);

function isVerbLike(t: QToken): boolean {
  return t.kind === 'word' && looksLikeVerb(t.lower) && !CHANGE_VERBS.has(t.lower);
}

/** Words after which "up" and "down" report a change ("shares were up 2%", "ended down 1%"). */
const ADVERB_OF_CHANGE_AFTER = new Set(['is', 'was', 'are', 'were', "'s", '’s', 'be', 'been', 'ended', 'closed', 'finished', 'opened', 'trading', 'traded', 'trended', 'trending', 'also', 'now', 'still', 'and', 'while']);

export const change: FigureRefiner = {
  name: 'change',
  refine(figures, ctx) {
    // "rose 8.1 percent to 99.20 yuan": the level looks back past the whole change before it, its unit included
    const around = otherFigures(figures.filter((f) => f.role === 'claim'));
    for (const f of figures) {
      if (f.role !== 'claim') continue;
      const { tokens, first, after } = figureTokens(f, ctx);
      const people = f.head !== null && PERSON_NOUNS.has(f.head);
      // a noun of change right after: "a 5% rise", "a 50-point drop"
      const noun = CHANGE_NOUNS.get(tokens[after]?.lower ?? '');
      if (noun && tokens[first - 1] && /^(?:a|an|the)$/.test(tokens[first - 1]!.lower)) {
        f.change = noun;
        f.changeCue = cue(tokens[after]!, 'noun');
        continue;
      }
      if (tokens[first]?.text === '+' && tokens[first + 1]?.glued) {
        f.change = 'up'; // "Dow +0.2%"
        f.changeCue = cue(tokens[first]!, 'sign');
        continue;
      }
      const found = verbBefore(tokens, first, around(f).inOther);
      if (!found) continue;
      if (people && (found.word === 'lost' || found.word === 'lose' || found.word === 'losing' || found.word === 'cut')) continue;
      if (found.via === 'to' || found.via === 'at') f.trend = found.direction;
      else if (found.via === 'from' || f.transition) continue;
      else f.change = found.direction;
      f.changeCue = cue(tokens[found.at]!, found.form);
    }
    return figures;
  },
};

/** "Up"/"down" after a verb are its particle ("gave up 517 yards", "dip down to"), not a change of their own ("was up 2%"). */
export function isParticle(tokens: readonly QToken[], i: number): boolean {
  const t = tokens[i]!;
  return (t.lower === 'up' || t.lower === 'down') && i > 0 && isVerbLike(tokens[i - 1]!) && !ADVERB_OF_CHANGE_AFTER.has(tokens[i - 1]!.lower);
}

function cue(t: QToken, form: 'verb' | 'noun' | 'sign'): NonNullable<Figure['changeCue']> {
  return { range: { start: t.start, end: t.end }, form };
}

interface ChangeWord {
  direction: Direction;
  /** the last bridge word before the figure: "to", "by", "from", "at" */
  via: string;
  word: string;
  /** token index of the word */
  at: number;
  form: 'verb' | 'noun';
}

/** The verb (or noun + "of") of change before a figure, and the last bridge word ("to", "by", "from"). */
function verbBefore(tokens: readonly QToken[], first: number, inOtherFigure: (t: QToken) => boolean): ChangeWord | null {
  let via = '';
  let object = 0;
  for (let i = first - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    const t = tokens[i]!;
    if (inOtherFigure(t)) continue;
    if (isClauseBreak(t)) return null;
    const verb = CHANGE_VERBS.get(t.lower);
    const particle = isParticle(tokens, i);
    if (verb && !particle) return { direction: verb, via, word: t.lower, at: i, form: 'verb' };
    if (particle) continue;
    // "an increase of 5%"
    if (t.lower === 'of' && CHANGE_NOUNS.get(tokens[i - 1]?.lower ?? '')) return { direction: CHANGE_NOUNS.get(tokens[i - 1]!.lower)!, via: 'by', word: tokens[i - 1]!.lower, at: i - 1, form: 'noun' };
    // "grow sales by 35 per cent": an object of up to three words between the verb and "by"
    const objectWord = via === 'by' && t.kind === 'word' && !BRIDGE.has(t.lower) && !looksLikeVerb(t.lower) && !PREPOSITIONS.has(t.lower) && !PRONOUNS.has(t.lower) && ++object <= 3;
    // "rose by 50 to 300": the level looks past the change before it
    if (!objectWord && !BRIDGE.has(t.lower) && t.kind !== 'punct' && t.kind !== 'digits') return null;
    if (t.lower === 'to' || t.lower === 'from' || t.lower === 'by' || t.lower === 'at') via ||= t.lower;
  }
  return null;
}
