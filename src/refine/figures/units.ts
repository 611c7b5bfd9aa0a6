/**
 * The unit of a figure: a currency written before it ("$", "US$", "€", "USD"),
 * or a unit written after it, glued or spaced ("60%", "60 per cent", "25km",
 * "9 million tonnes", "$5 million a year", "1,271.2 an ounce"). Unit words that
 * are also ordinary words ("m", "won", "points") count only in tight contexts.
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import { AMBIGUOUS_UNIT_WORDS, MAX_UNIT_WORDS, UNIT_BY_SYMBOL, UNIT_BY_WORD, UNIT_WORD_PREFIXES, type UnitDef } from '../../extract/quantities/lexicon/units.js';
import type { QToken } from '../../extract/quantities/tokens.js';
import { figureTokens } from './helpers.js';
import { wordTable } from '../../core/word-table.js';

const PER_WORDS: Readonly<Record<string, string>> = wordTable({
  year: 'year', month: 'month', week: 'week', day: 'day', hour: 'hour', share: 'share', ounce: 'ounce', barrel: 'barrel',
  person: 'person', head: 'person', capita: 'person', tonne: 'tonne', ton: 'ton', kilogram: 'kg', kilo: 'kg', litre: 'l', liter: 'l',
  gallon: 'gal', game: 'game', season: 'season', square: 'square', night: 'night', seat: 'seat', unit: 'unit', annum: 'year', vehicle: 'vehicle',
});

/** Single-letter unit symbols and the case they must be written in. */
const CASED: Readonly<Record<string, string>> = wordTable({ m: 'm', g: 'g', w: 'W', v: 'V', b: 'b', p: 'p' });

export const units: FigureRefiner = {
  name: 'units',
  refine(figures, ctx) {
    for (const f of figures) {
      if (f.unit !== null && f.form === 'fraction') continue;
      const { tokens, first, after } = figureTokens(f, ctx);
      const before = currencyBefore(tokens, first);
      if (before) {
        f.unit = before.unit.id;
        f.range = { start: tokens[before.index]!.start, end: f.range.end };
      }
      // "6.1-inch", "1.8 billion-mile": a unit joined by a hyphen
      const hyphenated = tokens[after]?.text === '-' && tokens[after]!.glued && tokens[after + 1]?.glued === true && tokens[after + 1]!.kind === 'word';
      // "1/16 of a US pint": a fraction of a unit
      const ofA = f.low !== null && f.low < 1 && tokens[after]?.lower === 'of' && (tokens[after + 1]?.lower === 'a' || tokens[after + 1]?.lower === 'an');
      const found = unitAfter(tokens, hyphenated ? after + 1 : ofA ? after + 2 : after, f.form === 'digits' || hyphenated);
      let end = after;
      if (found && !(before && found.unit.kind === 'currency')) {
        if (!before || found.unit.kind !== 'currency') f.unit = found.unit.id;
        f.range = { start: f.range.start, end: tokens[found.end - 1]!.end };
        end = found.end;
      }
      if (f.unit !== null) {
        const per = perAfter(tokens, end);
        if (per) {
          f.per = per.per;
          f.range = { start: f.range.start, end: tokens[per.end - 1]!.end };
        }
      }
    }
    return figures;
  },
};

function currencyBefore(tokens: readonly QToken[], first: number): { unit: UnitDef; index: number } | null {
  const prev = tokens[first - 1];
  if (!prev) return null;
  const prev2 = tokens[first - 2];
  // "$US113 trillion", "$A82,615,680": the code glued after the sign
  if (prev.kind === 'word' && prev.glued && tokens[first]!.glued && prev2?.text === '$') {
    const combined = UNIT_BY_SYMBOL.get(`${prev.text}$`) ?? UNIT_BY_SYMBOL.get(`${prev.text}`);
    if (combined && /^[A-Z]{1,3}$/.test(prev.text)) return { unit: combined, index: first - 2 };
  }
  // "HK $3.7 billion", "US $473 million", "C $6": the code a space before the sign
  if (prev.text === '$' && prev2?.kind === 'word' && !prev.glued && /^[A-Z]{1,2}$/.test(prev2.text)) {
    const combined = UNIT_BY_SYMBOL.get(`${prev2.text}$`);
    if (combined) return { unit: combined, index: first - 2 };
  }
  // "US$", "A$", "HK$", "NZ$": a code glued to the sign
  if (prev.text === '$' && prev2?.kind === 'word' && prev.glued) {
    const combined = UNIT_BY_SYMBOL.get(`${prev2.text}$`);
    if (combined) return { unit: combined, index: first - 2 };
  }
  // "Y=28,030": the yen sign as ASCII wire copy writes it
  if (prev.text === '=' && prev.glued && tokens[first]!.glued && prev2?.text === 'Y') {
    const yen = UNIT_BY_SYMBOL.get('¥');
    if (yen) return { unit: yen, index: first - 2 };
  }
  const sym = UNIT_BY_SYMBOL.get(prev.text);
  if (sym && (prev.kind === 'punct' || /^[A-Z]{3}$|^Rs\.?$|^RM$|^R$/.test(prev.text))) {
    // a one-letter code ("R") only when glued, to keep "R 5" from becoming rand
    if (prev.text.length === 1 && prev.kind === 'word' && !tokens[first]!.glued) return null;
    return { unit: sym, index: first - 1 };
  }
  return null;
}

/** The longest unit phrase starting at token `i` (glued or spaced). */
function unitAfter(tokens: readonly QToken[], i: number, digitsFigure: boolean): { unit: UnitDef; end: number } | null {
  const first = tokens[i];
  if (!first) return null;
  // the phrases of one token, two, three…: words joined with spaces, with glued punctuation kept ("km/h", "°C",
  // "per-cent"), each the one before and a token more, so none is a unit past the first that begins none
  const phrases: string[] = [];
  let phrase = '';
  for (let n = 1; n <= Math.min(MAX_UNIT_WORDS + 2, tokens.length - i); n++) {
    const p = tokens[i + n - 1]!;
    phrase += n > 1 && !p.glued ? ` ${p.lower}` : p.lower;
    if (!UNIT_WORD_PREFIXES.has(phrase)) break;
    phrases.push(phrase);
  }
  // the longest unit first
  for (let n = phrases.length; n >= 1; n--) {
    const phrase = phrases[n - 1]!;
    const unit = UNIT_BY_WORD.get(phrase);
    if (!unit) continue;
    const parts = tokens.slice(i, i + n);
    if (parts[parts.length - 1]!.kind === 'punct' && phrase.length > 1 && !/[°%/²³]$/.test(phrase)) continue;
    const glued = first.glued;
    // "30'" and "12\"": foot and inch marks, glued to the number and not opening a quotation
    if ((phrase === "'" || phrase === '"' || phrase === '′' || phrase === '″') && (!glued || !digitsFigure || tokens[i + 1]?.glued)) continue;
    // ambiguous words ("m", "won", "points") need a digit figure right before them
    if (AMBIGUOUS_UNIT_WORDS.has(phrase) && !(digitsFigure && (glued || phrase.length > 2 || /^[WV]$/.test(parts[0]!.text)))) continue;
    if (phrase.length <= 2 && !glued && !digitsFigure) continue;
    // a single letter unit must be written in its own case, and glued unless a capital ("25m", "5W", "5 W"; "5G" is not grams)
    const standalone = !tokens[i + n] || tokens[i + n]!.kind !== 'word' || tokens[i + n]!.lower === 'x';
    if (phrase.length === 1 && /[a-z]/.test(phrase) && (parts[0]!.text !== CASED[phrase] || (!glued && !/^[WV]$/.test(parts[0]!.text) && !(standalone && digitsFigure && phrase !== 'p')))) continue;
    // the unit word must end there ("5 m" but not "5 meters" matched as "m")
    return { unit, end: i + n };
  }
  return null;
}

/** "a year", "per share", "an ounce", "/month". */
function perAfter(tokens: readonly QToken[], i: number): { per: string; end: number } | null {
  let a = tokens[i];
  let b = tokens[i + 1];
  if (!a || !b) return null;
  // "£24 a-year"
  if (a.lower === 'a' && b.text === '-' && b.glued && tokens[i + 2]?.glued) {
    i++;
    b = tokens[i + 1];
    if (!b) return null;
    a = { ...a, lower: 'a' };
  }
  // "per sq m", "per square foot": a unit of more than one word
  if (a.lower === 'per') {
    const unit = unitAfter(tokens, i + 1, true);
    if (unit && unit.end > i + 2) return { per: unit.unit.id, end: unit.end };
  }
  if (!['a', 'an', 'per', '/', 'each'].includes(a.lower)) return null;
  // "a year earlier", "a week ago": when, not a rate
  if (/^(?:earlier|ago|later|before|after|previously|prior|on)$/.test(tokens[i + 2]?.lower ?? '')) return null;
  const word = b.lower.replace(/s$/, '');
  const unit = UNIT_BY_WORD.get(b.lower) ?? UNIT_BY_WORD.get(word);
  const per = PER_WORDS[word] ?? PER_WORDS[b.lower] ?? (unit && !AMBIGUOUS_UNIT_WORDS.has(b.lower) ? unit.id : undefined);
  return per ? { per, end: i + 2 } : null;
}
