/** Tally's time expressions for a text with a known creation date, as source spans with TimeML values. */
import { createDoc } from '../../src/core/doc.js';
import type { Span } from '../../src/core/span.js';
import { clean } from '../../src/clean/clean.js';
import { defaultCleaners } from '../../src/clean/index.js';
import { segment } from '../../src/segment/segment.js';
import { defaultTimeConfiguration, findTimes, referenceDate, resolveTimes } from '../../src/extract/time/index.js';
import { datelineTimes } from '../../src/extract/time/datelines.js';

export interface PredictedTimex {
  readonly span: Span;
  readonly value: string;
}

const config = defaultTimeConfiguration();

export function tallyTimes(name: string, text: string, dct: string | null): PredictedTimex[] {
  const doc = createDoc({ id: name, input: `${name}.txt`, kind: 'text', sha256: '', encoding: 'utf-8', source: text, ...(dct ? { meta: { published: { value: dct, basis: 'manifest' } } } : {}) });
  clean(doc, defaultCleaners);
  segment(doc);
  const timexes = resolveTimes(doc, findTimes(doc, config), referenceDate(doc));
  return [
    ...datelineTimes(doc).map((d) => ({ span: d.span, value: d.value })),
    ...timexes.map((t) => ({ span: doc.map.spanToSource(t.range), value: t.normalized })),
  ].sort((a, b) => a.span.start - b.span.start);
}
