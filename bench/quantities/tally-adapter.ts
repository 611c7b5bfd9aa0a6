/**
 * Tally's figures as NewsQuant predictions. Every quantity Tally recognises is
 * scored, including durations and ages (which Tally routes to a claim's time
 * instead of the claims). Mapping: unit ids to NewsQuant's unit names (the
 * `newsquant` field of each unit; counts use the singular counted noun);
 * change: a change's direction, or the direction of the change that led to a
 * level ("rose 7% to 47.65 yuan"), else the qualifier (~ approx, > more than /
 * at least, < less than / at most, = otherwise); a "from X to Y" transition is
 * one range in written order; fractions are plain fractions (0.5, not 50%).
 */
import { createDoc, type Doc, type DocMeta } from '../../src/core/doc.js';
import { clean } from '../../src/clean/clean.js';
import { defaultCleaners } from '../../src/clean/index.js';
import { extractFigures } from '../../src/extract/quantities/index.js';
import type { Figure } from '../../src/extract/quantities/figure.js';
import { UNIT_BY_ID } from '../../src/extract/quantities/lexicon/units.js';
import { singular } from '../../src/refine/figures/unit-from-counted.js';
import { segment } from '../../src/segment/segment.js';
import type { Quantity } from './scorer.js';

const STOP = new Set(['of', 'the', 'a', 'an', 'and', 'its', 'their', 'his', 'her']);

/** A text as a cleaned and segmented document, ready for the extraction stages; `meta` as a manifest would give it. */
export function preparedDoc(text: string, meta?: Partial<DocMeta>): Doc {
  const doc = createDoc({ id: 'bench', input: '-', kind: 'text', sha256: '', encoding: 'utf-8', source: text, ...(meta ? { meta } : {}) });
  clean(doc, defaultCleaners);
  segment(doc);
  return doc;
}

export function tallyFigures(sentence: string): { text: string; figures: Figure[] } {
  const doc = preparedDoc(sentence);
  return { text: doc.text, figures: extractFigures(doc) };
}

export function tallyQuantities(sentence: string): Quantity[] {
  const { text, figures } = tallyFigures(sentence);
  const out: Quantity[] = [];
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    if (f.role === 'excluded') continue;
    let value: Quantity['value'] = f.written.length === 2 ? [f.written[0]!, f.written[1]!] : (f.written[0] ?? 0);
    const next = figures[i + 1];
    if (f.transition && next) {
      value = f.transition === 'forward' ? [f.written[0]!, next.written[0]!] : [next.written[0]!, f.written[0]!];
      i++;
    }
    if (f.form === 'fraction') value = typeof value === 'number' ? value / 100 : value;
    out.push({ value, unit: unitName(f, text), change: changeOf(f), concepts: conceptsOf(f, text) });
  }
  return out;
}

function unitName(f: Figure, text: string): string {
  if (f.unit === null) return '-';
  const def = UNIT_BY_ID.get(f.unit);
  if (!def) {
    // a count: NewsQuant names it by the counted phrase, its last word singular ("different bosses" → "different boss")
    if (!f.counted || f.countedFrom) return f.head === 'people' ? 'people' : f.head === 'times' || f.head === 'time' ? 'count' : singular(f.head ?? f.unit);
    const words = text.slice(f.counted.start, f.counted.end).toLowerCase().replace(/['’]s\b/g, '').split(/\s+/).filter((w) => !STOP.has(w));
    const last = words.pop() ?? '';
    if (last === 'times' || last === 'time') return 'count';
    return [...words, last === 'people' ? 'people' : singular(last)].join(' ');
  }
  const base = def.newsquant ?? f.unit;
  if (f.role === 'age' && def.kind === 'time') return `${base} of age`;
  const per = f.per ? (UNIT_BY_ID.get(f.per)?.newsquant ?? f.per) : null;
  return per ? `${base} per ${per}` : base;
}

/**
 * NewsQuant's change field: the qualifier's symbol when there is one (it wins
 * there, "up about 19%" is ~), else the direction of the change or of the change
 * that led to the level ("plunged 4.28 percent to 28,030"), else =. NewsQuant
 * marks a change only where a verb says it: every change said by a noun in the
 * dev set ("a 19% drop", "an increase of 60,600 jobs", 9 of them) is =.
 */
function changeOf(f: Figure): string {
  switch (f.qualifier) {
    case 'approx':
    case 'approx_range':
      return '~';
    case 'more_than':
    case 'at_least':
      return '>';
    case 'less_than':
    case 'at_most':
      return '<';
    default:
      return f.changeCue?.form === 'noun' ? '=' : (f.change ?? f.trend ?? '=');
  }
}

/** NewsQuant's referred concepts: what the figure is about, else (for shares and amounts) what it counts, else "-". */
function conceptsOf(f: Figure, text: string): string[] {
  // what a share or an amount is of is its concept; a count's counted noun is its unit, not its concept
  const span = f.about ?? (f.unit !== null && UNIT_BY_ID.has(f.unit) && f.counted && !f.countedFrom ? f.counted : null);
  const words = span ? text.slice(span.start, span.end).replace(/['’]s\b/g, '').split(/[\s,()]+/).filter((w) => w && !STOP.has(w.toLowerCase())) : [];
  return words.length > 0 ? words : ['-'];
}
