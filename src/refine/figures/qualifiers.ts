/**
 * Qualifiers before and after a figure, which set the open side of its value:
 * as many as / up to → at_most; at least → at_least; more than / over / upwards
 * of / just over → more_than; fewer than / under / below → less_than; around /
 * about / some / approximately / roughly / close to / an estimated / nearly /
 * almost → approx; "or more" → at_least; "or so", "-odd" → approx. "Nearly"
 * and "almost" are approx (a figure just below the one stated), not less_than,
 * so "nearly 600" can agree with "about 600". A range takes only these last:
 * "about 2,000-2,500" is an approx_range.
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import type { Qualifier } from '../../extract/quantities/figure.js';
import { NP_STOP } from '../../extract/quantities/lexicon/words.js';
import type { QToken } from '../../extract/quantities/tokens.js';
import { endsWithPhrase, figureTokens, indexBy, phrases, startsWithPhrase } from './helpers.js';

const BEFORE: readonly [string[], Qualifier][] = [
  ...phrases(['as many as', 'as much as', 'as high as', 'as large as', 'up to', 'no more than', 'not more than', 'at most', 'a maximum of', 'at the most', 'maximum of', 'a high of']).map((p) => [p, 'at_most'] as [string[], Qualifier]),
  ...phrases(['at least', 'a minimum of', 'no fewer than', 'no less than', 'not less than', 'not fewer than', 'minimum of', 'a low of']).map((p) => [p, 'at_least'] as [string[], Qualifier]),
  ...phrases(['more than', 'over', 'upwards of', 'just over', 'well over', 'above', 'in excess of', 'greater than', 'higher than', 'north of', 'just above', 'exceeding', 'well above', 'excess of', 'over the age of', 'above the age of', 'sub']).filter((p) => p[0] !== 'sub').map((p) => [p, 'more_than'] as [string[], Qualifier]),
  ...phrases(['fewer than', 'less than', 'under', 'below', 'just under', 'short of', 'lower than', 'just below', 'well under', 'well below', 'shy of', 'under the age of', 'below the age of', 'sub']).map((p) => [p, 'less_than'] as [string[], Qualifier]),
  ...phrases(['around', 'about', 'some', 'approximately', 'roughly', 'close to', 'an estimated', 'estimated', 'nearly', 'almost', 'approx', 'circa', 'c', '~', 'an approximate', 'in the region of', 'on the order of', 'somewhere around', 'just about', 'more or less', 'around about', 'roughly about', 'nearly about', 'just shy of', 'close on', 'something like', 'the equivalent of', 'the best part of', 'the better part of']).map((p) => [p, 'approx'] as [string[], Qualifier]),
].sort((a, b) => b[0].length - a[0].length);

const BEFORE_BY_LAST = indexBy(BEFORE, ([p]) => p, 'last');

const AFTER: readonly [string[], Qualifier][] = [
  [['or', 'more'], 'at_least'],
  [['or', 'above'], 'at_least'],
  [['and', 'above'], 'at_least'],
  [['and', 'counting'], 'at_least'],
  [['or', 'so'], 'approx'],
  [['or', 'thereabouts'], 'approx'],
  [['or', 'fewer'], 'at_most'],
  [['or', 'less'], 'at_most'],
  [['at', 'least'], 'at_least'],
  [['at', 'most'], 'at_most'],
];

export const qualifiers: FigureRefiner = {
  name: 'qualifiers',
  refine(figures, ctx) {
    for (const f of figures) {
      if (f.role === 'excluded') continue;
      const { tokens, first, after } = figureTokens(f, ctx);
      const before = qualifierBefore(tokens, first);
      if (f.qualifier === 'range') {
        // "about 2,000-2,500": only "about" and its kin qualify a range
        if (before?.qualifier === 'approx') {
          f.qualifier = 'approx_range';
          f.range = { start: tokens[before.index]!.start, end: f.range.end };
        }
        continue;
      }
      if (before) {
        apply(f, before.qualifier);
        f.range = { start: tokens[before.index]!.start, end: f.range.end };
      }
      // glued "-plus" / "-odd": "5,000-plus", "30-odd"
      const dash = tokens[after];
      const word = tokens[after + 1];
      if (dash?.text === '-' && dash.glued && word?.glued && (word.lower === 'plus' || word.lower === 'odd')) {
        apply(f, word.lower === 'plus' ? 'at_least' : 'approx');
        f.range = { start: f.range.start, end: word.end };
        continue;
      }
      if (word === undefined && dash?.lower === 'plus' && dash.glued) apply(f, 'at_least');
      // "or more" right after the figure, or after what it counts ("50 people or more")
      for (let at = after; at <= after + 3 && at < tokens.length; at++) {
        const hit = AFTER.find(([p]) => startsWithPhrase(tokens, at, p));
        if (hit) {
          apply(f, hit[1]);
          if (at === after) f.range = { start: f.range.start, end: tokens[after + hit[0].length - 1]!.end };
          break;
        }
        const t = tokens[at]!;
        if (t.kind !== 'word' || NP_STOP.has(t.lower)) break;
      }
    }
    return figures;
  },
};

function qualifierBefore(tokens: readonly QToken[], first: number): { qualifier: Qualifier; index: number } | null {
  let i = first;
  // "sub-500": a prefix glued by a hyphen
  if (tokens[i - 1]?.text === '-' && tokens[i]?.glued && tokens[i - 1]!.glued && tokens[i - 2]?.lower === 'sub') return { qualifier: 'less_than', index: i - 2 };
  if (tokens[i - 1]?.text === '.' && ['approx', 'c', 'ca'].includes(tokens[i - 2]?.lower ?? '')) i--; // "approx. 500"
  for (const [p, q] of BEFORE_BY_LAST.get(tokens[i - 1]?.lower ?? '') ?? []) {
    if (endsWithPhrase(tokens, i, p)) {
      // "some of the", "over the past": not qualifiers of this figure
      if (p.length === 1 && (p[0] === 'over' || p[0] === 'under' || p[0] === 'above' || p[0] === 'below') && /^(?:the|a|an|its|their)$/.test(tokens[i]?.lower ?? '')) continue;
      return { qualifier: q, index: i - p.length };
    }
  }
  return null;
}

function apply(f: { qualifier: Qualifier; low: number | null; high: number | null }, q: Qualifier): void {
  if (f.qualifier === 'vague' && q === 'approx') return;
  f.qualifier = q;
  if (q === 'at_least' || q === 'more_than') f.high = null;
  if (q === 'at_most' || q === 'less_than') f.low = null;
}
