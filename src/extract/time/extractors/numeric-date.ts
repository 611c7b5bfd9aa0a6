/** Dates written in digits: ISO 8601 ("2025-04-28", with a time "2025-04-28T10:30") and slashed US dates ("7/8/07"). */
import { isValidDate } from '../../../core/datetime.js';
import type { TimeExtractor } from '../extractor.js';
import type { Point } from '../mention.js';

export const isoDate: TimeExtractor = {
  name: 'iso-date',
  pattern: /\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:T(?<h>\d{2}):(?<mi>\d{2}))?(?![\d-])/g,
  trigger: /\d{4}-\d\d-\d\d/gi,
  build(m) {
    const g = m.groups!;
    const p: Point = { kind: 'point', year: Number(g['y']), month: Number(g['m']), day: Number(g['d']) };
    if (!isValidDate({ year: p.year!, month: p.month!, day: p.day! })) return null;
    if (g['h'] !== undefined) {
      p.hour = Number(g['h']);
      p.minute = Number(g['mi']);
    }
    return { value: p };
  },
};

/** Month first, as US news writes it, unless the first number cannot be a month. */
export const slashedDate: TimeExtractor = {
  name: 'slashed-date',
  pattern: /(?<![\d/])(?<a>\d{1,2})\/(?<b>\d{1,2})\/(?<y>\d{4}|\d{2})(?![\d/])/g,
  trigger: /\d\/\d/gi,
  build(m) {
    const g = m.groups!;
    let month = Number(g['a']);
    let day = Number(g['b']);
    if (month > 12) [month, day] = [day, month];
    const y = Number(g['y']);
    const year = g['y']!.length === 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
    if (!isValidDate({ year, month, day })) return null;
    return { value: { kind: 'point', year, month, day } };
  },
};
