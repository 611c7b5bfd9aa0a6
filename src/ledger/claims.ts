/** Figures that are claims → ledger claims, with every range mapped to a source span. */
import type { Doc } from '../core/doc.js';
import type { Span } from '../core/span.js';
import type { Figure } from '../extract/quantities/figure.js';
import type { Claim } from './schema.js';

export function toClaims(doc: Doc, figures: readonly Figure[]): Claim[] {
  const claims: Claim[] = [];
  for (const f of figures) {
    if (f.role !== 'claim') continue;
    const span = doc.map.spanToSource(f.range);
    const sentence = doc.sentences[f.sentence]!;
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
      claimant: null,
      time: f.time ? { ...sourced(doc, f.time), start: null, end: null } : null,
      group: null,
    });
  }
  return claims;
}

function sourced(doc: Doc, range: Span): { text: string; span: Span } {
  const span = doc.map.spanToSource(range);
  return { text: doc.source.slice(span.start, span.end), span: plain(span) };
}

function plain(s: Span): Span {
  return { start: s.start, end: s.end };
}
