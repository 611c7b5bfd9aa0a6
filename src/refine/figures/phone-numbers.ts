/** Phone numbers are not figures: "+44 20 7946 0958", "(02) 1234 5678", "555-123-4567", "202.555.0143". */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import { exclude } from './helpers.js';

const PHONE = /(?:\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){2,4}|\(\d{2,4}\)[\s.-]?\d{3,4}[\s.-]\d{3,4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b)/g;

export const phoneNumbers: FigureRefiner = {
  name: 'phone-numbers',
  refine(figures, ctx) {
    const bySentence = new Map<number, { start: number; end: number }[]>();
    for (const f of figures) {
      if (f.role !== 'claim' || f.form !== 'digits') continue;
      let spans = bySentence.get(f.sentence);
      if (!spans) {
        const s = ctx.sentences[f.sentence]!.range;
        spans = [...ctx.text.slice(s.start, s.end).matchAll(PHONE)].map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length }));
        bySentence.set(f.sentence, spans);
      }
      if (spans.some((p) => p.start < f.range.end && f.range.start < p.end)) exclude(f, 'phone-number');
    }
    return figures;
  },
};
