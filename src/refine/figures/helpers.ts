/** Shared helpers for the figure refiners: finding tokens around a figure. */
import type { FigureContext, SentenceTokens } from '../../extract/quantities/extractor.js';
import type { Figure } from '../../extract/quantities/figure.js';
import { UNIT_BY_ID, type UnitDef } from '../../extract/quantities/lexicon/units.js';
import type { QToken } from '../../extract/quantities/tokens.js';

export function sentenceOf(f: Figure, ctx: FigureContext): SentenceTokens {
  return ctx.sentences[f.sentence]!;
}

/** Index of the first token that starts at or after `offset`. */
export function tokenAt(tokens: readonly QToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokens of the figure's sentence: index of the figure's first token and of the first token after it. */
export function figureTokens(f: Figure, ctx: FigureContext): { tokens: readonly QToken[]; first: number; after: number } {
  const { tokens } = sentenceOf(f, ctx);
  return { tokens, first: tokenAt(tokens, f.range.start), after: tokenAt(tokens, f.range.end) };
}

/** Lower-case words ending just before token `i` match `phrase` (given as words). */
export function endsWithPhrase(tokens: readonly QToken[], i: number, phrase: readonly string[]): boolean {
  if (i - phrase.length < 0) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[i - phrase.length + k]!.lower !== phrase[k]) return false;
  return true;
}

/** Lower-case words starting at token `i` match `phrase`. */
export function startsWithPhrase(tokens: readonly QToken[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]!.lower !== phrase[k]) return false;
  return true;
}

/**
 * Whether a figure overlaps a match of `re` (a global regex) in its sentence;
 * each sentence is searched once.
 */
export function overlapsMatch(re: RegExp, ctx: FigureContext): (f: Figure) => boolean {
  const cache = new Map<number, { start: number; end: number }[]>();
  return (f) => {
    let spans = cache.get(f.sentence);
    if (!spans) {
      const s = ctx.sentences[f.sentence]!.range;
      spans = [...ctx.text.slice(s.start, s.end).matchAll(re)].map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length }));
      cache.set(f.sentence, spans);
    }
    return spans.some((p) => p.start < f.range.end && f.range.start < p.end);
  };
}

/**
 * For each figure, a test of whether a token lies inside another of the given
 * figures of its sentence ("rose 8.1 percent to 99.20 yuan": "percent" is the
 * change's, not the level's). Figures are grouped by sentence once.
 */
export function otherFigures(figures: readonly Figure[]): (f: Figure) => { others: readonly Figure[]; inOther: (t: QToken) => boolean } {
  const bySentence = new Map<number, Figure[]>();
  for (const f of figures) {
    const list = bySentence.get(f.sentence);
    if (list) list.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  return (f) => {
    const others = (bySentence.get(f.sentence) ?? []).filter((o) => o !== f);
    return { others, inOther: (t) => others.some((o) => o.range.start <= t.start && t.end <= o.range.end) };
  };
}

/** The unit definition of a figure's unit, when it is a known unit (counts have none). */
export function unitOf(f: Figure): UnitDef | undefined {
  return f.unit ? UNIT_BY_ID.get(f.unit) : undefined;
}

/** Both figures have the same unit, or units of the same kind (miles and km, USD and JPY). */
export function sameKindOfUnit(a: Figure, b: Figure): boolean {
  if (a.unit === b.unit) return true;
  const kind = unitOf(a)?.kind;
  return kind !== undefined && kind === unitOf(b)?.kind;
}

export function exclude(f: Figure, reason: string): void {
  f.role = 'excluded';
  f.reason = reason;
}

/** Punctuation that ends a clause for the purpose of finding a figure's verb. */
export function isClauseBreak(tok: QToken): boolean {
  return tok.kind === 'punct' && /^[,;:()—–\[\]"“”]$/.test(tok.text) && !(tok.text === '–' && tok.glued);
}

/** Phrases as word arrays, longest first. */
export function phrases(list: readonly string[]): string[][] {
  return list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
}

/** Entries indexed by one of their words (first or last), longest phrase first within each word. */
export function indexBy<T>(entries: readonly T[], words: (e: T) => readonly string[], at: 'first' | 'last'): ReadonlyMap<string, T[]> {
  const index = new Map<string, T[]>();
  for (const e of [...entries].sort((a, b) => words(b).length - words(a).length)) {
    const w = words(e);
    const key = at === 'first' ? w[0]! : w[w.length - 1]!;
    const list = index.get(key);
    if (list) list.push(e);
    else index.set(key, [e]);
  }
  return index;
}
