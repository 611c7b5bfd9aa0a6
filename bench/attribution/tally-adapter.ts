/** Tally's attributions and quotes for a PolNeAR text, as source spans. */
import { createDoc } from '../../src/core/doc.js';
import type { Span } from '../../src/core/span.js';
import { defaultConfiguration } from '../../src/pipeline/configuration.js';
import { processDoc, type Analysis } from '../../src/pipeline/process-doc.js';
import type { GoldRelation } from './polnear.js';

export interface TallyQuote {
  readonly span: Span;
  readonly speaker: Span | null;
  /** the entity Tally resolves the speaker to (its key), pronouns resolved */
  readonly speakerKey: string | null;
}

/** Every span of the text that Tally takes for a mention of an entity (names, and sources it resolves), by entity key. */
export function tallyMentions({ doc, entities, attributions }: Analysis): Map<string, Span[]> {
  const byKey = new Map<string, Span[]>();
  const add = (key: string, span: Span) => {
    const list = byKey.get(key);
    if (list) list.push(doc.map.spanToSource(span));
    else byKey.set(key, [doc.map.spanToSource(span)]);
  };
  for (const e of entities) add(e.key, e.range);
  for (const a of attributions) if (a.source && a.resolved) add(a.resolved.key, a.source);
  return byKey;
}

export function analyseText(name: string, text: string): Analysis {
  const doc = createDoc({ id: name, input: `${name}.txt`, kind: 'text', sha256: '', encoding: 'utf-8', source: text });
  return processDoc(doc, defaultConfiguration());
}

export function tallyRelations({ doc, attributions }: Analysis): GoldRelation[] {
  const toSource = (s: Span): Span => doc.map.spanToSource(s);
  return attributions.map((a) => ({ source: a.source ? [toSource(a.source)] : null, cue: [toSource(a.cue)], content: a.content.map(toSource) }));
}

export function tallyQuotes({ doc, quotes }: Analysis): TallyQuote[] {
  return quotes.map((q) => ({ span: doc.map.spanToSource(q.quotation.range), speaker: q.speaker ? doc.map.spanToSource(q.speaker) : null, speakerKey: q.resolved?.key ?? null }));
}
