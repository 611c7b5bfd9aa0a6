import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepared } from '../../test-support/docs.js';
import { extractFigures } from './index.js';

const PIECES = [
  ' ', ', ', '. ', '\n', '-', '–', '(', ')', '$', '%', '£', 'US$', '1', '12', '4,000', '2 000', '1.5', '.5', '2024', '5:55', '9:01 p.m.',
  'million', 'bn', 'm', 'k', 'thousands', 'dozens', 'half', 'a third', 'two-thirds', 'twenty-five', 'one', 'the two', 'MiG-29',
  'as many as', 'at least', 'more than', 'about', 'up to', 'between', 'and', 'to', 'from', 'or', 'by', 'rose', 'fell',
  'troops', 'soldiers', 'killed', 'wounded', 'sent', 'of the', 'per cent', 'km', 'a year', 'plans to', 'could', 'denied', 'North Korean',
];

const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 60 }).map((p) => p.join(' '));

describe('figures on any text', () => {
  it('never throws, keeps ranges inside the text, and gives the same result twice', () => {
    fc.assert(
      fc.property(text, (source) => {
        const doc = prepared(source);
        const figures = extractFigures(doc);
        // links between figures are compared by position, not by object
        const plain = (fs: typeof figures) => JSON.stringify(fs.map((f) => ({ ...f, partOf: fs.indexOf(f.partOf!), countedFrom: fs.indexOf(f.countedFrom!) })));
        expect(plain(extractFigures(doc))).toBe(plain(figures));
        for (const f of figures) {
          for (const r of [f.range, f.numberRange, f.counted, f.about, f.time]) {
            if (!r) continue;
            expect(r.start).toBeGreaterThanOrEqual(0);
            expect(r.start).toBeLessThanOrEqual(r.end);
            expect(r.end).toBeLessThanOrEqual(doc.text.length);
          }
          if (f.low !== null && f.high !== null) expect(f.low).toBeLessThanOrEqual(f.high);
          expect(Number.isFinite(f.low ?? 0) && Number.isFinite(f.high ?? 0)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
