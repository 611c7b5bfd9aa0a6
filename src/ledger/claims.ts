/** Figures that are claims → ledger claims, with every range mapped to a source span and their claimant. */
import { claimantsOf } from '../extract/attribution/claimant.js';
import type { Analysis } from '../pipeline/process-doc.js';
import { plain, sourced, toActor } from './attributions.js';
import type { EntityIndex } from './entities.js';
import type { Claim } from './schema.js';

const NO_ENTITIES: EntityIndex = { entities: [], idOf: () => null };

export function toClaims({ doc, figures, attributions, quotes }: Pick<Analysis, 'doc' | 'figures' | 'attributions' | 'quotes'>, index: EntityIndex = NO_ENTITIES): Claim[] {
  const claims: Claim[] = [];
  for (const f of figures) {
    if (f.role !== 'claim') continue;
    const span = doc.map.spanToSource(f.range);
    const sentence = doc.sentences[f.sentence]!;
    const [claimant, ...via] = claimantsOf(f.range, attributions, quotes).map((c) => toActor(doc, c.source, c.resolved, index));
    claims.push({
      id: `${doc.id}:c${claims.length + 1}`,
      doc: doc.id,
      span: plain(span),
      text: doc.source.slice(span.start, span.end),
      sentence: plain(doc.map.spanToSource(sentence.range)),
      value: { low: f.low, high: f.high },
      qualifier: f.qualifier,
      unit: f.unit === null ? null : f.per ? `${f.unit}/${f.per}` : f.unit,
      counted: f.counted ? sourced(doc, f.counted) : null,
      measure: f.measure,
      modality: f.modality,
      change: f.change ? { direction: f.change } : null,
      claimant: claimant ?? null,
      via,
      time: f.time ? { ...sourced(doc, f.time), start: null, end: null } : null,
      group: null,
    });
  }
  return claims;
}
