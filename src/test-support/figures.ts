/** Figures of a text, summarised for assertions. */
import { extractFigures } from '../extract/quantities/index.js';
import type { Figure } from '../extract/quantities/figure.js';
import { prepared } from './docs.js';

export interface FigureSummary {
  text: string;
  low: number | null;
  high: number | null;
  qualifier: Figure['qualifier'];
  unit: string | null;
  per: string | null;
  counted: string | null;
  about: string | null;
  measure: string;
  modality: Figure['modality'];
  change: Figure['change'];
  trend: Figure['trend'];
  /** the word that says it changed, and whether a verb, a noun or a sign */
  changeCue: string | null;
  role: Figure['role'];
  reason: string | null;
  time: string | null;
  /** the figure it is a part of, as written */
  partOf: string | null;
}

export function figuresOf(source: string): FigureSummary[] {
  const doc = prepared(source);
  const slice = (s: { start: number; end: number } | null | undefined) => (s ? doc.text.slice(s.start, s.end) : null);
  return extractFigures(doc).map((f) => ({
    text: slice(f.range)!,
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    unit: f.unit,
    per: f.per,
    counted: slice(f.counted),
    about: slice(f.about),
    measure: f.measure,
    modality: f.modality,
    change: f.change,
    trend: f.trend,
    changeCue: f.changeCue ? `${slice(f.changeCue.range)} (${f.changeCue.form})` : null,
    role: f.role,
    partOf: slice(f.partOf?.range),
    reason: f.reason ?? null,
    time: slice(f.time),
  }));
}

/** The figures that are claims. */
export function claimsOf(source: string): FigureSummary[] {
  return figuresOf(source).filter((f) => f.role === 'claim');
}

/** The one claim whose text is `text`. */
export function claim(source: string, text: string): FigureSummary {
  const found = claimsOf(source).filter((f) => f.text === text);
  if (found.length !== 1) throw new Error(`expected one claim "${text}" in "${source}", found: ${JSON.stringify(claimsOf(source).map((f) => f.text))}`);
  return found[0]!;
}
