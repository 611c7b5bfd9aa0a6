/** Each analysed document's clean text for the report, with the way from a ledger (source) span to it. */
import type { Doc } from '../../core/doc.js';
import type { OffsetMap } from '../../core/offset-map.js';
import type { ReportText } from './report.js';

export function reportTexts(docs: readonly Pick<Doc, 'id' | 'status' | 'text' | 'map'>[]): Map<string, ReportText> {
  const out = new Map<string, ReportText>();
  for (const d of docs) if (d.status !== 'failed') out.set(d.id, reportText(d.text, d.map));
  return out;
}

export function reportText(text: string, map: OffsetMap): ReportText {
  return {
    text,
    toText: (span) => {
      const s = map.spanToClean(span);
      return s.end > s.start ? s : null;
    },
  };
}
