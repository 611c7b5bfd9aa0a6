/** Tally's time expressions for a text with a known creation date, as source spans with TimeML values. */
import type { Span } from '../../src/core/span.js';
import { preparedDoc } from '../quantities/tally-adapter.js';
import { defaultTimeConfiguration, findTimes, referenceDate, resolveTimes } from '../../src/extract/time/index.js';
import { datelineTimes } from '../../src/extract/time/datelines.js';

export interface PredictedTimex {
  readonly span: Span;
  readonly value: string;
}

const config = defaultTimeConfiguration();

export function tallyTimes(text: string, dct: string | null): PredictedTimex[] {
  const doc = preparedDoc(text, dct ? { published: { value: dct, basis: 'manifest' } } : undefined);
  const timexes = resolveTimes(doc, findTimes(doc, config), referenceDate(doc));
  return [
    ...datelineTimes(doc).map((d) => ({ span: d.span, value: d.value })),
    ...timexes.map((t) => ({ span: doc.map.spanToSource(t.range), value: t.normalized })),
  ].sort((a, b) => a.span.start - b.span.start);
}
