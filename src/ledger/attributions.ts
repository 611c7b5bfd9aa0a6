/** A document's attributions and quotes → ledger records, every range mapped to a source span and every source tied to its entity. */
import type { Doc } from '../core/doc.js';
import type { Span } from '../core/span.js';
import type { EntityMention } from '../extract/entities/mention.js';
import type { Analysis } from '../pipeline/process-doc.js';
import type { EntityIndex } from './entities.js';
import type { Attribution, Quote } from './schema.js';

type Actor = NonNullable<Attribution['source']>;

export function toAttributions({ doc, attributions }: Analysis, index: EntityIndex): Attribution[] {
  return attributions.map((a, i) => {
    const spans = a.content.map((c) => plain(doc.map.spanToSource(c)));
    return {
      id: `${doc.id}:a${i + 1}`,
      doc: doc.id,
      source: a.source ? toActor(doc, a.source, a.resolved ?? null, index) : null,
      cue: sourced(doc, a.cue),
      content: { spans, text: spans.map((s) => doc.source.slice(s.start, s.end)).join(' … ') },
      rule: a.rule,
    };
  });
}

export function toQuotes({ doc, quotes }: Analysis, index: EntityIndex): Quote[] {
  return quotes.map((q, i) => {
    const span = plain(doc.map.spanToSource(q.quotation.inner));
    return {
      id: `${doc.id}:q${i + 1}`,
      doc: doc.id,
      span,
      text: doc.source.slice(span.start, span.end),
      speaker: q.speaker ? toActor(doc, q.speaker, q.resolved, index) : null,
      cue: q.cue ? sourced(doc, q.cue) : null,
    };
  });
}

export function toActor(doc: Doc, range: Span, resolved: EntityMention | null, index: EntityIndex): Actor {
  const { text, span } = sourced(doc, range);
  return { text, span, entity: resolved ? index.idOf(doc.id, resolved) : null, name: resolved ? resolved.name : null };
}

export function sourced(doc: Doc, range: Span): { text: string; span: Span } {
  const span = plain(doc.map.spanToSource(range));
  return { text: doc.source.slice(span.start, span.end), span };
}

export function plain(s: Span): Span {
  return { start: s.start, end: s.end };
}
