/**
 * TempEval-3 style scoring of time expressions: a gold expression is found when
 * a prediction overlaps it (relaxed) or has its exact span (strict), one to
 * one; its value counts when the normalized values are equal. Precision is over
 * the predictions, recall over the gold expressions.
 */
import type { Span } from '../../src/core/span.js';

export interface Scored {
  readonly span: Span;
  readonly value: string;
}

export interface TimexCounts {
  gold: number;
  predicted: number;
  relaxed: number;
  strict: number;
  value: number;
}

export function emptyTimexCounts(): TimexCounts {
  return { gold: 0, predicted: 0, relaxed: 0, strict: 0, value: 0 };
}

export interface Pairing<G extends Scored, P extends Scored> {
  readonly matched: [G, P][];
  readonly missed: G[];
  readonly spurious: P[];
}

export function pair<G extends Scored, P extends Scored>(gold: readonly G[], predicted: readonly P[]): Pairing<G, P> {
  const used = new Set<number>();
  const matched: [G, P][] = [];
  const missed: G[] = [];
  for (const g of gold) {
    let best = -1;
    for (const [i, p] of predicted.entries()) {
      if (used.has(i) || !(p.span.start < g.span.end && g.span.start < p.span.end)) continue;
      if (best < 0 || (p.span.start === g.span.start && p.span.end === g.span.end)) best = i;
    }
    if (best < 0) missed.push(g);
    else {
      used.add(best);
      matched.push([g, predicted[best]!]);
    }
  }
  return { matched, missed, spurious: predicted.filter((_, i) => !used.has(i)) };
}

export function score(gold: readonly Scored[], predicted: readonly Scored[], counts: TimexCounts): Pairing<Scored, Scored> {
  const p = pair(gold, predicted);
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  counts.relaxed += p.matched.length;
  counts.strict += p.matched.filter(([g, q]) => g.span.start === q.span.start && g.span.end === q.span.end).length;
  counts.value += p.matched.filter(([g, q]) => g.value === q.value).length;
  return p;
}

export function f1(correct: number, predicted: number, gold: number): { p: number; r: number; f: number } {
  const p = predicted ? (100 * correct) / predicted : 0;
  const r = gold ? (100 * correct) / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
