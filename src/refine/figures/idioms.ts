/**
 * Number words that do not count anything: "one of the", "no one", "one
 * another", "one day", "at one point", "the one who"; and small spelled numbers
 * that refer to things rather than count them ("the two countries", "these
 * three men", "Russia's two largest oil companies").
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import { UNIT_BY_WORD } from '../../extract/quantities/lexicon/units.js';
import { exclude, figureTokens } from './helpers.js';

const ONE_AFTER = new Set([
  'of', 'another', 'day', 'time', 'thing', 'way', 'side', 'point', 'hand', 'by', 'or', 'more', 'last', 'and', 'such', 'who', 'which',
  'that', 'another', 'other', 'off', 'on', 'way', 'place', 'moment', 'reason', 'year', 'week', 'month', 'night', 'morning',
  'evening', 'afternoon', 'occasion', 'instance', 'example', 'kind', 'sort', 'type', 'form', 'part', 'piece', 'issue', 'question',
  'problem', 'thing', 'step', 'stage', 'version', 'party', 'company', 'country',
]);
const ONE_BEFORE = new Set(['no', 'any', 'every', 'each', 'this', 'that', 'the', 'which', 'at', 'as', 'someone', 'anyone', 'everyone', 'number']);
const REFERRING = new Set(['the', 'these', 'those', 'both', 'all']);

/** Heads of compound modifiers that still count ("a 100-strong contingent", "a 12-member delegation"). */
const COUNTING_COMPOUNDS = new Set(['strong', 'member', 'man', 'men', 'person', 'seat', 'bed', 'room', 'nation', 'country', 'vehicle', 'car', 'page', 'piece', 'storey', 'story']);

export const idioms: FigureRefiner = {
  name: 'idioms',
  refine(figures, ctx) {
    for (const f of figures) {
      if (f.role !== 'claim') continue;
      const { tokens, first, after } = figureTokens(f, ctx);
      // a compound modifier: "a six-speed gearbox", "a four-cylinder engine", "a 5-door car"
      const dash = tokens[after];
      const head = tokens[after + 1];
      if (f.unit === null && f.scale === 1 && dash?.text === '-' && dash.glued && head?.glued && head.kind === 'word' && !COUNTING_COMPOUNDS.has(head.lower) && !/^(?:plus|odd|old|fold|thirds?|quarters?|fifths?|tenths?)$/.test(head.lower) && UNIT_BY_WORD.get(head.lower)?.kind !== 'time') {
        exclude(f, 'compound');
        continue;
      }
      if (f.form !== 'words') continue;
      const word = tokens[first]!.lower;
      const next = tokens[after];
      const prev = tokens[first - 1];
      // inside a compound word ("production-four-door") or a name ("the Kick Six", "Big Ten")
      if (prev?.text === '-' && tokens[first]!.glued && tokens[first - 2]?.kind === 'word' && prev.glued) {
        exclude(f, 'compound');
        continue;
      }
      if (/^\p{Lu}/u.test(tokens[first]!.text) && first > 0 && tokens[first - 1]!.kind === 'word' && /^\p{Lu}/u.test(tokens[first - 1]!.text)) {
        exclude(f, 'identifier');
        continue;
      }
      if (word === 'one' && f.range.end === tokens[first]!.end) {
        if (!next || next.kind === 'punct' || ONE_AFTER.has(next.lower) || (prev && ONE_BEFORE.has(prev.lower))) exclude(f, 'idiom');
        continue;
      }
      const small = f.low !== null && f.low <= 4 && f.range.end === tokens[first]!.end;
      const possessive = prev && (prev.text === '’s' || prev.text === "'s" || /['’]s$/.test(prev.text) || prev.lower === 'its' || prev.lower === 'their');
      const superlative = next && /^(?:[a-z]+est|most|top|biggest|main|leading|key)$/.test(next.lower) && next.lower !== 'west';
      if (small && ((prev && REFERRING.has(prev.lower)) || possessive || superlative)) exclude(f, 'referring');
    }
    return figures;
  },
};
