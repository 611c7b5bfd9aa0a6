/**
 * Two figures joined as a range become one: "11,000 to 12,000", "25,000-30,000",
 * "between 5 and 7 million", "three or four years". A unit or scale written
 * only once is shared ("5 to 7 per cent", "1 to 1.5 million"). "From X to Y"
 * after a verb of change ("fell from 2,415 to 2,315") is a transition between
 * two levels, not a range; "by 50 to 300" is a change and a level.
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import type { Figure } from '../../extract/quantities/figure.js';
import { CHANGE_VERBS } from './change.js';
import { exclude, figureTokens, tokenAt } from './helpers.js';

/** "or" is not among them: "eight or nine euros" may be two prices; only a written range is a range. */
const CONNECTORS = new Set(['-', '–', '—', 'to', 'and', 'through', 'till', 'until']);

export const ranges: FigureRefiner = {
  name: 'ranges',
  refine(figures, ctx) {
    const out: Figure[] = [];
    for (let i = 0; i < figures.length; i++) {
      const a = figures[i]!;
      const b = figures[i + 1];
      if (!b || b.sentence !== a.sentence || a.role === 'excluded' || b.role === 'excluded' || a.form === 'fraction' || b.form === 'fraction') {
        out.push(a);
        continue;
      }
      const { tokens, first } = figureTokens(a, ctx);
      let between = tokens.slice(tokenAt(tokens, a.range.end), tokenAt(tokens, b.range.start));
      const lead = tokens[first - 1]?.lower;
      // "from 450 sq ft up to 900 sq ft": "up to" after "from" joins a range
      if (lead === 'from' && between.length === 2 && between[0]!.lower === 'up' && between[1]!.lower === 'to') between = between.slice(1);
      // "narrowed to 138,285 lots from 212,577 lots": a transition written backwards
      if (lead === 'to' && between.length === 1 && between[0]!.lower === 'from' && (a.unit === b.unit || b.unit === null) && CHANGE_VERBS.has(tokens[first - 2]?.lower ?? '')) {
        a.transition = 'backward';
        out.push(a);
        continue;
      }
      // "eight or nine euros", "8 or $9": two figures, but the unit written once is both's
      if (between.length === 1 && between[0]!.lower === 'or' && a.unit === null && b.unit !== null && a.form === b.form) {
        a.unit = b.unit;
        a.per = b.per;
      }
      if (between.length !== 1 || !CONNECTORS.has(between[0]!.lower)) {
        out.push(a);
        continue;
      }
      const connector = between[0]!.lower;
      const lead2 = tokens[first - 2]?.lower;
      if (connector === 'and' && lead !== 'between') {
        out.push(a);
        continue;
      }
      // "rose by 50 to 300", "fell 0.4 per cent to 13176": a change and a level; "dropped by 1 to 1.5 degrees": a range of change
      const afterChange = lead !== undefined && (lead === 'by' || CHANGE_VERBS.has(lead));
      const byLevel = afterChange && connector === 'to' && (b.low ?? 0) > 2.5 * (a.low ?? 0);
      if (byLevel || (connector === 'to' && lead !== 'from' && a.unit !== null && b.unit !== null && a.unit !== b.unit)) {
        out.push(a);
        continue;
      }
      if (isScore(a, b, between[0]!.glued && tokens[tokenAt(tokens, b.range.start)]!.glued, ctx.text.slice(ctx.sentences[a.sentence]!.range.start, ctx.sentences[a.sentence]!.range.end))) {
        exclude(a, 'score');
        exclude(b, 'score');
        out.push(a);
        continue;
      }
      if (a.unit !== null && b.unit !== null && a.unit !== b.unit) {
        out.push(a);
        continue;
      }
      const fromTo = lead === 'from' && connector === 'to';
      if (fromTo && lead2 !== undefined && (CHANGE_VERBS.has(lead2) || CHANGE_VERBS.has(tokens[first - 3]?.lower ?? ''))) {
        a.transition = 'forward'; // levels before and after a change: kept apart
        out.push(a);
        continue;
      }
      if (!fromTo && a.low !== null && b.low !== null && shared(a, b) > b.low) {
        out.push(a); // "3-2": not a rising range, likely a score
        continue;
      }
      out.push(merge(a, b, lead === 'between' || fromTo ? tokens[first - 1]!.start : a.range.start));
      i++;
    }
    return out;
  },
};

const SPORT = /\b(?:beat|beats|won|win|wins|lost|loses|drew|draw|tied|tie|defeat(?:ed)?|victory|score[ds]?|aggregate|match|game|final|ended|lead|leads|led|goals?|sets?|innings|halftime|half-time)\b/i;

/** "2-1", "2-2 on aggregate", "tied Game 7 at 89-89": a result, not a range. */
function isScore(a: Figure, b: Figure, glued: boolean, sentence: string): boolean {
  if (!glued || a.unit !== null || b.unit !== null || a.form !== 'digits' || b.form !== 'digits') return false;
  const x = a.low ?? 0;
  const y = b.low ?? 0;
  if (!Number.isInteger(x) || !Number.isInteger(y) || x > 200 || y > 200) return false;
  return SPORT.test(sentence) || (x >= y && x <= 30);
}

/** a's value once b's scale is shared with it. */
function shared(a: Figure, b: Figure): number {
  const v = a.low ?? 0;
  return a.scale === 1 && b.scale > 1 && v * b.scale <= (b.low ?? 0) * 1.0001 ? v * b.scale : v;
}

function merge(a: Figure, b: Figure, start: number): Figure {
  const lowA = shared(a, b);
  const highB = b.high ?? b.low ?? 0;
  const unit = a.unit ?? b.unit;
  return {
    ...a,
    range: { start, end: b.range.end },
    numberRange: { start: a.numberRange.start, end: b.numberRange.end },
    low: Math.min(lowA, b.low ?? lowA),
    high: Math.max(a.high === a.low ? lowA : (a.high ?? lowA), highB),
    written: [lowA, b.low ?? highB],
    qualifier: a.form === 'vague' || b.form === 'vague' ? 'vague' : 'range',
    unit,
    per: a.per ?? b.per,
    scale: b.scale,
    role: a.role === 'claim' ? b.role : a.role,
  };
}
