/**
 * Numbers that name rather than count: model and product names ("MiG-29",
 * "KN-23", "Covid-19", "A320", "5G", "iPhone 11", "Boeing 737"), numbered things
 * ("page 5", "Article 5", "flight 370", "category 4", "No. 10", "#1"), and list
 * markers ("(1)").
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import { MONTHS, WEEKDAY_PATTERN } from '../../core/datetime.js';
import { SCALE_SUFFIXES } from '../../extract/quantities/lexicon/numbers.js';
import { ADVERBS, CONJUNCTIONS, DETERMINERS, PERSON_NOUNS, PREPOSITIONS, PRONOUNS } from '../../extract/quantities/lexicon/words.js';

/** A capitalised function word opens a sentence; it does not name a product ("Between 5 and 7"). */
const FUNCTION_WORDS = new Set([...PREPOSITIONS, ...CONJUNCTIONS, ...DETERMINERS, ...PRONOUNS, ...ADVERBS]);
import type { QToken } from '../../extract/quantities/tokens.js';
import { exclude, figureTokens } from './helpers.js';

const LABELS = new Set([
  'page', 'pages', 'p', 'pp', 'section', 'chapter', 'article', 'paragraph', 'line', 'number', 'no', 'nos', 'room', 'flight',
  'route', 'category', 'level', 'phase', 'grade', 'size', 'version', 'season', 'episode', 'volume', 'vol', 'issue', 'item',
  'rule', 'clause', 'amendment', 'resolution', 'platform', 'gate', 'terminal', 'lane', 'channel', 'highway', 'interstate',
  'district', 'ward', 'zone', 'sector', 'block', 'table', 'figure', 'fig', 'step', 'stage', 'model', 'mark', 'mk', 'type',
  'series', 'class', 'division', 'brigade', 'battalion', 'regiment', 'corps', 'squadron', 'precinct', 'act', 'scene', 'verse',
  'exhibit', 'appendix', 'annex', 'track', 'studio', 'window', 'apartment', 'suite', 'floor', 'bus', 'train', 'tier',
]);
/** Prefixes glued to a number that qualify it rather than name it ("sub-500", "over-65s"). */
const QUALIFYING_PREFIXES = new Set(['sub', 'over', 'under', 'mid', 'pre', 'post', 'top', 'upper', 'lower', 'early', 'late', 'minus', 'plus', 'near', 'some', 'about']);
export const NOT_NAMES = new RegExp(`^(?:${WEEKDAY_PATTERN}|[A-Z][a-z]*ly|The|A|An|In|On|At|By|For|From|With|Of|To|And|But|Some|About|Around|Over|Nearly|Almost|Roughly|Approximately|Only|Just|Another|Those|These|All|Both|Each|Every|Its|Their|His|Her|Our|Total|Than)$`);

export const identifiers: FigureRefiner = {
  name: 'identifiers',
  refine(figures, ctx) {
    for (const [index, f] of figures.entries()) {
      if (f.role !== 'claim' || f.form !== 'digits') continue;
      const { tokens, first, after } = figureTokens(f, ctx);
      const num = tokens[first]!;
      const prev = tokens[first - 1];
      const prev2 = tokens[first - 2];
      const next = tokens[after];
      // letters glued before: "A320", "G7", "KN-23", "MiG-29", "Covid-19"
      if (prev && num.glued && prev.kind === 'word' && f.unit === null) {
        exclude(f, 'identifier');
        continue;
      }
      if (prev?.text === '-' && num.glued && prev.glued && prev2?.kind === 'word' && !QUALIFYING_PREFIXES.has(prev2.lower) && f.range.start === num.start) {
        exclude(f, 'identifier');
        continue;
      }
      if (prev?.text === '#' && num.glued) {
        exclude(f, 'identifier');
        continue;
      }
      // "09", "007": a leading zero names (a code, a date part), it does not count
      if (/^0\d/.test(num.text) && f.unit === null) {
        exclude(f, 'identifier');
        continue;
      }
      // "ISO 3888-2": the rest of an identifier joined by a hyphen or slash
      const before = figures[index - 1];
      if ((prev?.text === '-' || prev?.text === '/') && num.glued && prev.glued && before?.reason === 'identifier' && before.range.end === prev.start) {
        exclude(f, 'identifier');
        continue;
      }
      // letters glued after that are not a unit, a scale or an ordinal: "5G", "4K", "3D", "F35A"
      if (next && next.glued && next.kind === 'word' && f.unit === null && f.range.end === num.end && SCALE_SUFFIXES[next.lower] === undefined && !/^(?:st|nd|rd|th|s)$/i.test(next.text)) {
        exclude(f, 'identifier');
        continue;
      }
      // list markers: "(1)", "1)"
      if (f.range.start === num.start && f.range.end === num.end && /^\d{1,2}$/.test(num.text) && next?.text === ')' && next.glued && (prev?.text === '(' || first === 0)) {
        exclude(f, 'list-marker');
        continue;
      }
      if (prev && !num.glued && prev.kind === 'word' && isLabel(prev, tokens[first - 2]) && /^\d+$/.test(num.text) && f.unit === null) {
        exclude(f, 'identifier');
        continue;
      }
      // a street address: "49 Zorro Ranch Road", "9 E 71st St"
      if (/^\d+$/.test(num.text) && f.unit === null && isAddress(tokens, after)) {
        exclude(f, 'address');
        continue;
      }
      // a proper name right before a bare integer: "iPhone 11", "Boeing 737", "Windows 10"
      // "Charlton 2-1", "Ukraine 11-12": a score or a range follows, not a name ("ISO 3888-2" is a name)
      const second = tokens[after + 1];
      const secondValue = second?.kind === 'digits' ? Number(second.text.replace(/,/g, '')) : NaN;
      const scoreOrRange = next?.glued && (next.text === '-' || next.text === '–') && !Number.isNaN(secondValue) && (secondValue >= Number(num.text) || (secondValue <= 30 && Number(num.text) <= 30));
      if (prev && !num.glued && prev.kind === 'word' && /^\p{Lu}|^i\p{Lu}/u.test(prev.text) && /^\d+$/.test(num.text) && f.unit === null && !NOT_NAMES.test(prev.text) && !FUNCTION_WORDS.has(prev.lower) && MONTHS[prev.lower] === undefined && !countsSomething(next) && !scoreOrRange) {
        exclude(f, 'identifier');
      }
    }
    return figures;
  },
};

const STREET = new Set(['st', 'street', 'rd', 'road', 'ave', 'avenue', 'way', 'blvd', 'boulevard', 'lane', 'ln', 'drive', 'dr', 'place', 'pl', 'court', 'ct', 'terrace', 'crescent', 'highway', 'hwy', 'parkway', 'pkwy', 'square', 'sq', 'close', 'row', 'strasse', 'straße', 'rue']);

/** Capitalised words after the number that end in a street word ("Zorro Ranch Road"), or a street word then a name ("Ave Foch"). */
function isAddress(tokens: readonly QToken[], i: number): boolean {
  if (tokens[i]?.text === '-' && tokens[i]!.glued && tokens[i + 1]?.kind === 'digits') i += 2; // "16-18 Industrial Avenue"
  for (let k = i; k < Math.min(tokens.length, i + 5); k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '.') return false;
    if (t.kind === 'digits' || (t.glued && /^(?:st|nd|rd|th)$/.test(t.lower) && tokens[k - 1]?.kind === 'digits')) continue; // "9 E 71st St"
    if (t.kind === 'word' && !/^\p{Lu}/u.test(t.text)) return false;
    if (t.kind === 'word' && STREET.has(t.lower) && (k > i || /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''))) return true;
  }
  return false;
}

function isLabel(prev: QToken, before: QToken | undefined): boolean {
  if (!LABELS.has(prev.lower)) return false;
  // "the number 10" names, "a number of" does not reach here; "No." is a label only when capitalised or before a dot
  if (prev.lower === 'no') return prev.text === 'No' || before?.text === '.';
  return true;
}

function countsSomething(next: QToken | undefined): boolean {
  return !!next && next.kind === 'word' && (PERSON_NOUNS.has(next.lower) || (/^[a-z]+s$/.test(next.text) && next.lower.length > 3));
}
