/**
 * Body scores as the article-extraction-benchmark computes them: per page,
 * the 4-word shingles (words: runs of letters and digits) of the prediction
 * and the gold, counted with multiplicity; precision and recall are the
 * shares of shared shingles; each is averaged over the pages, and F1 is taken
 * from the two averages. An empty prediction has precision 0 (1 when the gold
 * is empty too). Exact: the two word sequences are equal.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const key = words.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface BodyScores {
  readonly p: number;
  readonly r: number;
  readonly f: number;
  readonly exact: number;
  readonly pages: number;
}

export function scoreBodies(pairs: readonly { gold: string; predicted: string }[]): BodyScores {
  let p = 0;
  let r = 0;
  let exact = 0;
  for (const { gold, predicted } of pairs) {
    const g = shingles(gold);
    const q = shingles(predicted);
    let shared = 0;
    for (const [k, n] of q) shared += Math.min(n, g.get(k) ?? 0);
    const predictedCount = [...q.values()].reduce((a, b) => a + b, 0);
    const goldCount = [...g.values()].reduce((a, b) => a + b, 0);
    p += predictedCount === 0 ? (goldCount === 0 ? 1 : 0) : shared / predictedCount;
    r += goldCount === 0 ? 1 : shared / goldCount;
    if ((gold.match(WORD) ?? []).join(' ') === (predicted.match(WORD) ?? []).join(' ')) exact++;
  }
  const n = pairs.length || 1;
  const [ap, ar] = [p / n, r / n];
  return { p: ap, r: ar, f: ap + ar === 0 ? 0 : (2 * ap * ar) / (ap + ar), exact, pages: pairs.length };
}
