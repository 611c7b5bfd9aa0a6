/**
 * Publication dates scored as htmldate's evaluation does: a page is a true
 * positive when the predicted day equals the gold one, a false positive when a
 * different day is predicted, a false negative when a dated page gets none,
 * and a true negative when an undated page gets none.
 */
export interface DateCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function emptyDateCounts(): DateCounts {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

export type Outcome = keyof DateCounts;

export function scoreDate(gold: string | null, predicted: string | null, counts: DateCounts): Outcome {
  const outcome: Outcome = predicted === null ? (gold === null ? 'tn' : 'fn') : predicted === gold ? 'tp' : 'fp';
  counts[outcome]++;
  return outcome;
}

export function dateScores(c: DateCounts): { accuracy: number; p: number; r: number; f: number } {
  const total = c.tp + c.fp + c.fn + c.tn;
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { accuracy: total === 0 ? 0 : (c.tp + c.tn) / total, p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
