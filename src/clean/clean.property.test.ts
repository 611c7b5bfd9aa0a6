import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepared } from '../test-support/docs.js';

/** Pieces that exercise the rules: line breaks, labels, quotes, numbers, hyphens, invisible and control characters. */
const PIECES = [
  '\n', '\n\n', '\r\n', '\r', ' ', '  ', '\t', '-', '-\n', '“', '”', '"', '‘', '’', '.', ',', '?', ':', '|', '(', ')',
  'Published ', 'Updated ', 'April 27, 2025', '5:55 a.m. ET', 'By Jane Doe', 'Related article: ', 'READ MORE: ', 'Photo: AFP',
  'Reporting by Jane Doe', 'Subscribe to read the full article', 'Advertisement', 'KCNA', 'Mr.', 'U.S.', 'Gen.', '4,000', '11,000 to 12,000',
  'soldiers', 'the', 'of', 'Kim Jong Un', 'North Korea', 'said', 'troops', '\u200b', '\u200f', '\u00ad', '\u0000', '\u00a0', '\ufeff', '\u2028',
  'long-', 'range', 'deploy-', 'ment', '# ', '**', '_',
];

const noisyText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(''));

describe('cleaning and segmenting any text', () => {
  it('never throws, stays deterministic, and maps every clean character to the same source character', () => {
    fc.assert(
      fc.property(noisyText, (source) => {
        const doc = prepared(source);
        expect(prepared(source).text).toBe(doc.text);
        expect(doc.map.cleanLength).toBe(doc.text.length);
        expect(doc.map.sourceLength).toBe(source.length);
        for (let i = 0; i < doc.text.length; i++) {
          const ch = doc.text[i]!;
          const s = doc.map.spanToSource({ start: i, end: i + 1 });
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(source.length);
          if (!/\s/.test(ch)) expect(source.slice(s.start, s.end)).toBe(ch);
        }
        for (const m of doc.messages) {
          if (m.span) expect(m.span.end).toBeLessThanOrEqual(source.length);
        }
        for (const s of doc.sentences) {
          expect(s.range.start).toBeLessThan(s.range.end);
          expect(doc.text.slice(s.range.start, s.range.end).trim()).toBe(doc.text.slice(s.range.start, s.range.end));
        }
        for (const t of doc.tokens) expect(t.range.end).toBeLessThanOrEqual(doc.text.length);
      }),
      { numRuns: 500 },
    );
  });
});
