/**
 * Pairwise scores of a clustering against the truth, from the contingency of
 * the two labelings (linear in the items, never over all pairs): precision =
 * pairs together in both / pairs together in the prediction, recall = pairs
 * together in both / pairs together in the truth.
 */
export interface PairScores {
  readonly p: number;
  readonly r: number;
  readonly f: number;
}

export function pairwise(items: readonly { truth: string; predicted: string }[]): PairScores {
  const both = new Map<string, number>();
  const truth = new Map<string, number>();
  const predicted = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const i of items) {
    bump(both, `${i.truth}\u0000${i.predicted}`);
    bump(truth, i.truth);
    bump(predicted, i.predicted);
  }
  const pairs = (m: Map<string, number>) => [...m.values()].reduce((n, c) => n + (c * (c - 1)) / 2, 0);
  const [tp, t, q] = [pairs(both), pairs(truth), pairs(predicted)];
  const p = q === 0 ? 1 : tp / q;
  const r = t === 0 ? 1 : tp / t;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Clusters of a graph given as edges (union–find): the label of each node. */
export function components(nodes: readonly string[], edges: readonly (readonly [string, string])[]): Map<string, string> {
  const parent = new Map(nodes.map((n) => [n, n]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const [a, b] of edges) {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  }
  return new Map(nodes.map((n) => [n, find(n)]));
}
