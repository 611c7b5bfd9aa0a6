/** Phone numbers are not figures: "+44 20 7946 0958", "(02) 1234 5678", "555-123-4567", "202.555.0143". */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import { exclude, overlapsMatch } from './helpers.js';

const PHONE = /(?:\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){2,4}|\(\d{2,4}\)[\s.-]?\d{3,4}[\s.-]\d{3,4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b)/g;

export const phoneNumbers: FigureRefiner = {
  name: 'phone-numbers',
  refine(figures, ctx) {
    const inPhoneNumber = overlapsMatch(PHONE, ctx);
    for (const f of figures) {
      if (f.role === 'claim' && f.form === 'digits' && inPhoneNumber(f)) exclude(f, 'phone-number');
    }
    return figures;
  },
};
