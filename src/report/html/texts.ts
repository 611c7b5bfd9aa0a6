/** Each analysed document's clean text for the report, with the way from a ledger (source) span to it. */
import type { Doc } from '../../core/doc.js';
import type { ReportText } from './report.js';

export function reportTexts(docs: readonly Doc[]): Map<string, ReportText> {
  const out = new Map<string, ReportText>();
  for (const d of docs) {
    if (d.status === 'failed') continue;
    out.set(d.id, {
      text: d.text,
      toText: (span) => {
        const s = d.map.spanToClean(span);
        return s.end > s.start ? s : null;
      },
    });
  }
  return out;
}
