/**
 * How the figure is put: planned ("plans to send an additional 25,000"),
 * possible (could, may, might, would), denied (denied, not, never), estimated
 * ("an estimated", "according to South Korean estimates"), else asserted.
 * Looked for in the figure's clause; "estimates" anywhere in the sentence.
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import type { Modality } from '../../extract/quantities/figure.js';
import type { QToken } from '../../extract/quantities/tokens.js';
import { figureTokens, indexBy, isClauseBreak, phrases } from './helpers.js';

const CUES: readonly [string[], Modality][] = [
  ...phrases(['denied', 'denies', 'deny', 'denying', 'not', "n't", 'n’t', 'never', 'rejected', 'dismissed', 'refuted', 'false']).map((p) => [p, 'denied'] as [string[], Modality]),
  ...phrases(['plans to', 'plan to', 'planned', 'planning to', 'plans', 'will', 'is to', 'are to', 'set to', 'expected to', 'intends to', 'intend to', 'intending to', 'aims to', 'aim to', 'pledged to', 'promised to', 'proposes to', 'proposed', 'preparing to', 'prepares to', 'scheduled to', 'going to', 'to be sent', 'to be deployed', 'would send', 'would deploy']).map((p) => [p, 'planned'] as [string[], Modality]),
  ...phrases(['could', 'may', 'might', 'would', 'possibly', 'potentially', 'likely to', 'could be', 'might be']).map((p) => [p, 'possible'] as [string[], Modality]),
].sort((a, b) => b[0].length - a[0].length);

const CUES_BY_LAST = indexBy(CUES, ([words]) => words, 'last');
const ESTIMATE = new Set(['estimate', 'estimates', 'estimated', 'estimating', 'estimation', 'projected', 'projections', 'forecast']);
const RANK: Readonly<Record<Modality, number>> = { denied: 4, planned: 3, possible: 2, estimated: 1, asserted: 0 };
const WINDOW = 10;

export const modality: FigureRefiner = {
  name: 'modality',
  refine(figures, ctx) {
    for (const f of figures) {
      if (f.role !== 'claim') continue;
      const { tokens, first } = figureTokens(f, ctx);
      let found: Modality = 'asserted';
      for (let i = first - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
        if (isClauseBreak(tokens[i]!)) break;
        const m = cueEnding(tokens, i);
        if (m && RANK[m] > RANK[found]) found = m;
      }
      if (found === 'asserted' && speaksOfEstimates(tokens)) found = 'estimated';
      f.modality = found;
    }
    return figures;
  },
};

/**
 * Whether a sentence says "estimates" anywhere, asked once per sentence: its figures, which come one after
 * another, share its tokens. Only the last sentence's answer is kept (a WeakMap's entries would hold every
 * sentence's tokens until a full collection, as `sentenceViews` says).
 */
let lastAsked: { readonly tokens: readonly QToken[]; readonly estimates: boolean } | null = null;
function speaksOfEstimates(tokens: readonly QToken[]): boolean {
  if (lastAsked?.tokens !== tokens) lastAsked = { tokens, estimates: tokens.some((t) => ESTIMATE.has(t.lower)) };
  return lastAsked.estimates;
}

function cueEnding(tokens: readonly QToken[], i: number): Modality | null {
  for (const [words, m] of CUES_BY_LAST.get(tokens[i]!.lower) ?? []) {
    const start = i - words.length + 1;
    if (start < 0) continue;
    if (words.every((w, k) => tokens[start + k]!.lower === w)) return m;
  }
  return null;
}
