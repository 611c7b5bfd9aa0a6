import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../extract/fingerprint/index.js';
import { prepared } from '../test-support/docs.js';
import { decodePrint, encodePrint } from './print-codec.js';

const offset = fc.integer({ min: 0, max: 2 ** 31 - 1 });

describe('print codec', () => {
  it('gives back any print it wrote, whatever its offsets', () => {
    const print = fc
      .record({ spans: fc.array(fc.tuple(offset, offset), { maxLength: 60 }), hashes: fc.array(fc.double({ noNaN: true }), { maxLength: 60 }) })
      .map(({ spans, hashes }) => ({ starts: Int32Array.from(spans.map((s) => s[0])), ends: Int32Array.from(spans.map((s) => s[1])), hashes: Float64Array.from(hashes) }));
    fc.assert(
      fc.property(print, (p) => {
        expect(decodePrint(encodePrint(p))).toEqual(p);
      }),
    );
  });

  it('takes about two bytes a word where the words of a text are close, against eight written as int32', () => {
    const text = 'Seoul said on Monday that North Korea had sent about 11,000 troops to the Kursk region. '.repeat(40);
    const p = fingerprint(prepared(text));
    expect(p.starts.length).toBeGreaterThan(500);
    const bytes = encodePrint(p);
    expect(bytes.length).toBeLessThan(12 + p.hashes.length * 8 + p.starts.length * 2.2);
    expect(decodePrint(bytes)).toEqual(p);
  });

  it('reads a print in the form written before (word starts and ends as int32)', () => {
    const starts = [0, 6, 11];
    const ends = [5, 10, 16];
    const hashes = [2 ** 52 + 3];
    const bytes = new Uint8Array(8 + starts.length * 8 + hashes.length * 8);
    const view = new DataView(bytes.buffer);
    [starts.length, hashes.length, ...starts, ...ends].forEach((n, i) => view.setInt32(i * 4, n, true));
    view.setFloat64(8 + starts.length * 8, hashes[0]!, true);
    expect(decodePrint(bytes)).toEqual({ starts: Int32Array.from(starts), ends: Int32Array.from(ends), hashes: Float64Array.from(hashes) });
  });
});
