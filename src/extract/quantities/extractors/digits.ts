/**
 * Figures written with digits: any group-separator style (1,000 · 2 000 ·
 * 4 605 · 1.000.000), decimals, a sign ("-130", "minus 130"), and a scale
 * written after them, glued or not ("1.5bn", "$200m", "9 million", "30k").
 */
import { SCALES, SCALE_SUFFIXES } from '../lexicon/numbers.js';
import { PERSON_NOUNS } from '../lexicon/words.js';
import { newFigure, type FigureExtractor } from '../extractor.js';
import type { Figure } from '../figure.js';
import type { QToken } from '../tokens.js';
import { wordTable } from '../../../core/word-table.js';

/** Scale letters that are also unit symbols: a scale only after a currency or before people. */
const AMBIGUOUS_SCALES = new Set(['m', 'b']);
const CURRENCY_BEFORE = /^(?:\$|€|£|¥|₩|₽|₹|₴|₪|₺|usd|eur|gbp|jpy|cny|rmb|krw|rub|inr|uah|aud|cad|chf|hkd|nzd|sgd)$/i;

export const digits: FigureExtractor = {
  name: 'digits',
  extract(sentence) {
    const t = sentence.tokens;
    const out: Figure[] = [];
    for (let i = 0; i < t.length; i++) {
      const tok = t[i]!;
      if (tok.kind !== 'digits') continue;
      let value = parseDigits(tok.text);
      if (value === undefined) continue;
      let end = tok.end;
      let j = i + 1;
      // "10½", "10 1/2 miles": a whole number and a fraction
      const frac = t[j];
      if (/^\d+$/.test(tok.text) && frac?.kind === 'digits' && VULGAR[frac.text] !== undefined && frac.start - end <= 1) {
        value += VULGAR[frac.text]!;
        end = frac.end;
        j++;
      } else if (/^\d+$/.test(tok.text) && frac?.kind === 'digits' && !frac.glued && t[j + 1]?.glued && (t[j + 1]!.text === '/' || t[j + 1]!.text === '⁄') && t[j + 2]?.glued && t[j + 2]!.kind === 'digits' && Number(frac.text) < Number(t[j + 2]!.text)) {
        value += Number(frac.text) / Number(t[j + 2]!.text);
        end = t[j + 2]!.end;
        j += 3;
      }
      // "1/2 pound", "1⁄32 of a quart": a written fraction is a value ("24/7", "9/11" and dates are not)
      const slash = t[j];
      const denominator = t[j + 1];
      if (slash?.glued && (slash.text === '/' || slash.text === '⁄') && denominator?.glued && denominator.kind === 'digits' && /^\d+$/.test(tok.text) && /^\d+$/.test(denominator.text)) {
        const d = Number(denominator.text);
        const afterSlash = t[j + 2];
        if (value < d && d <= 1000 && !(afterSlash?.glued && afterSlash.text === slash.text)) {
          out.push(newFigure(sentence.index, tok.start, denominator.end, value / d, value / d, 'digits'));
        }
        i = j + 1;
        continue;
      }
      // "2 000", "4 605 000": groups of three after a short first group, separated by one space
      if (/^\d{1,3}$/.test(tok.text)) {
        while (j < t.length && t[j]!.kind === 'digits' && /^\d{3}$/.test(t[j]!.text) && t[j]!.start - end === 1 && !(t[j + 1]?.glued && t[j + 1]?.text === ':')) {
          value = value * 1000 + Number(t[j]!.text);
          end = t[j]!.end;
          j++;
        }
      }
      let start = tok.start;
      let scale = 1;
      const prev = t[i - 1];
      const prev2 = t[i - 2];
      if (prev && tok.glued && (prev.text === '-' || prev.text === '−') && !(prev.glued && prev2 && (prev2.kind === 'digits' || prev2.kind === 'word'))) {
        value = -value;
        start = prev.start;
      } else if (prev && tok.glued && prev.text === '+' && !(prev.glued && prev2 && (prev2.kind === 'digits' || prev2.kind === 'word'))) {
        start = prev.start;
      } else if (prev?.lower === 'minus' || (prev?.text === '-' && prev2?.lower === 'minus' && tok.glued)) {
        value = -value;
        start = prev.lower === 'minus' ? prev.start : prev2!.start;
      }
      const next = t[j];
      if (next?.kind === 'word' && next.glued && SCALE_SUFFIXES[next.lower] !== undefined) {
        const ambiguous = AMBIGUOUS_SCALES.has(next.lower);
        const currency = (prev && CURRENCY_BEFORE.test(prev.text)) || (prev2 && CURRENCY_BEFORE.test(prev2.text) && prev?.text === '$');
        if (!ambiguous || currency || isPersonNoun(t[j + 1]) || millionBefore(t[j + 1], t[j + 2])) {
          scale = SCALE_SUFFIXES[next.lower]!;
          value *= scale;
          end = next.end;
          j++;
        }
      } else if (next?.kind === 'word' && !next.glued && SCALES[next.lower] !== undefined) {
        scale = SCALES[next.lower]!;
        value *= scale;
        end = next.end;
        j++;
      }
      const f = newFigure(sentence.index, start, end, value, value, 'digits');
      f.numberRange = { start, end };
      f.scale = scale;
      out.push(f);
      i = j - 1;
    }
    return out;
  },
};

/** Words that say a glued "m" is metres ("1.8m tall", "a 100m sprint"), not millions. */
const METRE_CONTEXT = new Set(['tall', 'high', 'long', 'deep', 'wide', 'away', 'above', 'below', 'sprint', 'race', 'freestyle', 'hurdles', 'backstroke', 'breaststroke', 'butterfly', 'medley', 'relay', 'dash', 'final', 'heat', 'record', 'mark', 'jump', 'throw', 'from', 'in', 'at', 'to', 'into', 'under', 'over', 'off', 'of']);

/** "35m of its devices", "1.2m tons", "2.7m combined sales": a glued "m" before a noun phrase is millions. */
function millionBefore(next: QToken | undefined, after: QToken | undefined): boolean {
  if (!next || next.kind !== 'word') return false;
  if (next.lower === 'of') return after?.kind === 'word';
  return !METRE_CONTEXT.has(next.lower) && /^[a-z]/.test(next.text) && next.lower.length > 2;
}

function isPersonNoun(tok: QToken | undefined): boolean {
  return !!tok && tok.kind === 'word' && PERSON_NOUNS.has(tok.lower);
}

const VULGAR: Readonly<Record<string, number>> = wordTable({ '¼': 1 / 4, '½': 1 / 2, '¾': 3 / 4, '⅐': 1 / 7, '⅑': 1 / 9, '⅒': 1 / 10, '⅓': 1 / 3, '⅔': 2 / 3, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8 });

/** "11,000" → 11000, "1.5" → 1.5, "1.000.000" → 1000000, "1,5" → 1.5, "½" → 0.5; undefined for malformed groups. */
export function parseDigits(text: string): number | undefined {
  if (VULGAR[text] !== undefined) return VULGAR[text];
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\.\d+$/.test(text)) return Number(`0${text}`);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d+\.\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(text)) return Number(text.replace(/\./g, ''));
  if (/^\d+,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  const first = /^\d+(?:,\d{3})*(?:\.\d+)?/.exec(text)?.[0];
  return first ? Number(first.replace(/,/g, '')) : undefined;
}
