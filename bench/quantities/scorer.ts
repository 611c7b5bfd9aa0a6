/**
 * NewsQuant scoring (see ../shared/bench/README.md), sentence by sentence:
 * - "newsquant": the original evaluation's counting (CQE_Evaluation's
 *   evaluate_models.py): for each gold quantity, predictions with a matching
 *   value are tried in order; value, change and concept count on every value
 *   match (capped by the sentence's gold count for value), and only a unit
 *   match consumes the prediction. A prediction can so be counted for several
 *   gold items.
 * - "strict": one-to-one; each gold quantity takes at most one unused
 *   prediction with a matching value (preferring one whose unit matches too).
 */

export type Value = number | [number, number];

export interface Quantity {
  value: Value;
  unit: string;
  change: string;
  concepts: string[];
}

export interface Scores {
  gold: number;
  predicted: number;
  value: number;
  unit: number;
  change: number;
  conceptPartial: number;
  conceptComplete: number;
}

export function emptyScores(): Scores {
  return { gold: 0, predicted: 0, value: 0, unit: 0, change: 0, conceptPartial: 0, conceptComplete: 0 };
}

export function parseGoldValue(v: string): Value {
  const s = v.trim();
  if (!s.startsWith('-') && !/e/i.test(s) && s.includes('-')) {
    const [a, b] = s.split('-');
    return [Number(a), Number(b)];
  }
  return Number(s);
}

export function goldConcepts(s: string): string[] {
  return s.split(/[,\s]+/).filter((w) => w !== '');
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
}

export function valuesMatch(gold: Value, model: Value): boolean {
  if (Array.isArray(gold) && Array.isArray(model)) return close(model[0], gold[0]) && close(model[1], gold[1]);
  if (Array.isArray(gold) || Array.isArray(model)) return false;
  return close(model, gold);
}

function conceptMatch(gold: readonly string[], model: readonly string[]): { partial: boolean; complete: boolean } {
  const g = new Set(gold.map((w) => w.toLowerCase()));
  const m = new Set(model.map((w) => w.toLowerCase()));
  const shared = [...g].filter((w) => m.has(w)).length;
  return { partial: shared > 0, complete: shared === gold.length && gold.length === model.length };
}

const byUnit = (a: Quantity, b: Quantity) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0);

/** The original evaluation's counting, one sentence. */
export function scoreNewsQuantWay(gold: readonly Quantity[], predicted: readonly Quantity[], s: Scores): void {
  s.gold += gold.length;
  s.predicted += predicted.length;
  let tags = [...predicted].sort(byUnit);
  let remaining = gold.length;
  for (const g of [...gold].sort(byUnit)) {
    for (const p of tags) {
      if (!valuesMatch(g.value, p.value)) continue;
      if (remaining > 0) {
        s.value++;
        remaining--;
      }
      if (p.change === g.change) s.change++;
      const c = conceptMatch(g.concepts, p.concepts);
      if (c.complete) s.conceptComplete++;
      if (c.partial) s.conceptPartial++;
      if (p.unit === g.unit) {
        s.unit++;
        tags = tags.filter((t) => t !== p).sort(byUnit);
        break;
      }
    }
  }
}

/** One-to-one matching, one sentence. */
export function scoreStrict(gold: readonly Quantity[], predicted: readonly Quantity[], s: Scores): void {
  s.gold += gold.length;
  s.predicted += predicted.length;
  const used = new Set<Quantity>();
  for (const g of gold) {
    const candidates = predicted.filter((p) => !used.has(p) && valuesMatch(g.value, p.value));
    const p = candidates.find((c) => c.unit === g.unit) ?? candidates[0];
    if (!p) continue;
    used.add(p);
    s.value++;
    if (p.unit === g.unit) s.unit++;
    if (p.change === g.change) s.change++;
    const c = conceptMatch(g.concepts, p.concepts);
    if (c.complete) s.conceptComplete++;
    if (c.partial) s.conceptPartial++;
  }
}

export function prf(correct: number, gold: number, predicted: number): { p: number; r: number; f1: number } {
  const p = predicted > 0 ? correct / predicted : 0;
  const r = gold > 0 ? correct / gold : 0;
  return { p: p * 100, r: r * 100, f1: p + r > 0 ? (200 * p * r) / (p + r) : 0 };
}
