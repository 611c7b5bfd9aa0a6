/** Tally's attributions and quotes for a PolNeAR text, as source spans. */
import { createDoc } from '../../src/core/doc.js';
import type { Span } from '../../src/core/span.js';
import { defaultConfiguration } from '../../src/pipeline/configuration.js';
import { processDoc, type Analysis } from '../../src/pipeline/process-doc.js';
import type { GoldRelation } from './polnear.js';

export interface TallyQuote {
  readonly span: Span;
  readonly speaker: Span | null;
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
  return quotes.map((q) => ({ span: doc.map.spanToSource(q.quotation.range), speaker: q.speaker ? doc.map.spanToSource(q.speaker) : null }));
}
