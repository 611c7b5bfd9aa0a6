/**
 * Attribution scores, per role (source, cue, content): exact match (the same
 * spans, edges trimmed of spaces) P/R/F1 and token-Jaccard (soft precision:
 * each predicted span's best Jaccard with a gold span of the role, averaged;
 * soft recall the same from the gold side; F1 of the two). Linked: a
 * predicted relation is right when its content matches a gold content exactly
 * and its source matches that relation's source (both absent counts).
 */
import type { Span } from '../../src/core/span.js';
import type { GoldRelation } from './polnear.js';

export type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

export interface Counts {
  exact: { tp: number; predicted: number; gold: number };
  soft: { precisionSum: number; recallSum: number; predicted: number; gold: number };
}

export function emptyCounts(): Counts {
  return { exact: { tp: 0, predicted: 0, gold: 0 }, soft: { precisionSum: 0, recallSum: 0, predicted: 0, gold: 0 } };
}

export function scoreRole(text: string, gold: readonly GoldRelation[], predicted: readonly GoldRelation[], role: Role, into: Counts): void {
  const g = unique(text, gold.flatMap((r) => (r[role] ? [r[role]] : [])));
  const p = unique(text, predicted.flatMap((r) => (r[role] ? [r[role]] : [])));
  const gKeys = new Set(g.map(key));
  into.exact.tp += p.filter((s) => gKeys.has(key(s))).length;
  into.exact.predicted += p.length;
  into.exact.gold += g.length;
  const gTokens = g.map((s) => tokenSet(text, s));
  const pTokens = p.map((s) => tokenSet(text, s));
  for (const pt of pTokens) into.soft.precisionSum += Math.max(0, ...gTokens.map((gt) => jaccard(pt, gt)));
  for (const gt of gTokens) into.soft.recallSum += Math.max(0, ...pTokens.map((pt) => jaccard(pt, gt)));
  into.soft.predicted += p.length;
  into.soft.gold += g.length;
}

export function scoreLinked(text: string, gold: readonly GoldRelation[], predicted: readonly GoldRelation[], into: Counts['exact']): void {
  const used = new Set<number>();
  let tp = 0;
  for (const p of predicted) {
    const i = gold.findIndex((g, k) => !used.has(k) && same(text, g.content, p.content) && (g.source === null ? p.source === null : p.source !== null && same(text, g.source, p.source)));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  into.tp += tp;
  into.predicted += predicted.length;
  into.gold += gold.length;
}

export function exactF1(c: Counts['exact']): { p: number; r: number; f: number } {
  return prf(c.predicted ? c.tp / c.predicted : 0, c.gold ? c.tp / c.gold : 0);
}

export function softF1(c: Counts['soft']): { p: number; r: number; f: number } {
  return prf(c.predicted ? c.precisionSum / c.predicted : 0, c.gold ? c.recallSum / c.gold : 0);
}

export function prf(p: number, r: number): { p: number; r: number; f: number } {
  return { p: 100 * p, r: 100 * r, f: p + r ? (200 * p * r) / (p + r) : 0 };
}

/** Whether a relation's content holds a quotation mark: PolNeAR's direct quotes. */
export function isDirectQuote(text: string, r: GoldRelation): boolean {
  return r.content.some((s) => /["“”]/.test(text.slice(s.start, s.end)));
}

function same(text: string, a: Span[], b: Span[]): boolean {
  return key(trimAll(text, a)) === key(trimAll(text, b));
}

function unique(text: string, sets: Span[][]): Span[][] {
  const seen = new Map<string, Span[]>();
  for (const s of sets) {
    const t = trimAll(text, s);
    seen.set(key(t), t);
  }
  return [...seen.values()];
}

function trimAll(text: string, spans: Span[]): Span[] {
  return spans
    .map(({ start, end }) => {
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return { start, end };
    })
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
}

function key(spans: Span[]): string {
  return spans.map((s) => `${s.start}-${s.end}`).join(';');
}

const TOKENS = new Map<string, Span[]>();

/** The text's tokens (word runs and single marks) that overlap the spans, by their start. */
function tokenSet(text: string, spans: Span[]): Set<number> {
  let tokens = TOKENS.get(text);
  if (!tokens) {
    tokens = [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    TOKENS.set(text, tokens);
  }
  const out = new Set<number>();
  for (const s of spans) for (const t of tokens) if (t.start < s.end && s.start < t.end) out.add(t.start);
  return out;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union ? inter / union : 0;
}
