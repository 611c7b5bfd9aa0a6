import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OffsetMap } from './offset-map.js';
import { applyEdits, type Edit } from './edits.js';

/** A text with, for each character, the source offset it was copied from (-1: written by an edit). */
interface Tracked {
  text: string;
  origin: number[];
}

function track(t: Tracked, edits: readonly Edit[]): Tracked {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let text = '';
  const origin: number[] = [];
  let cursor = 0;
  for (const e of sorted) {
    text += t.text.slice(cursor, e.start) + e.insert;
    origin.push(...t.origin.slice(cursor, e.start), ...Array<number>(e.insert.length).fill(-1));
    cursor = e.end;
  }
  text += t.text.slice(cursor);
  origin.push(...t.origin.slice(cursor));
  return { text, origin };
}

/** Random non-overlapping edits for a text of the given length. */
function editsFor(length: number): fc.Arbitrary<Edit[]> {
  return fc
    .array(
      fc.record({
        a: fc.integer({ min: 0, max: length }),
        b: fc.integer({ min: 0, max: length }),
        insert: fc.oneof(fc.constant(''), fc.constant(' '), fc.constant('\n\n'), fc.string({ maxLength: 4 })),
      }),
      { maxLength: 6 },
    )
    .map((raw) => {
      const ranges = raw
        .map((r) => ({ start: Math.min(r.a, r.b), end: Math.max(r.a, r.b), insert: r.insert }))
        .sort((x, y) => x.start - y.start || x.end - y.end);
      const out: Edit[] = [];
      let cursor = 0;
      for (const r of ranges) {
        // two insertions at one point would be ambiguous in order: keep one edit per point
        if (r.start < cursor || (out.length > 0 && r.start === cursor && out[out.length - 1]!.end === cursor)) continue;
        out.push(r);
        cursor = r.end;
      }
      return out;
    });
}

/** A source text and a chain of 1–5 edit rounds over it, with the composed map and a reference model. */
const chains = fc
  .tuple(fc.string({ maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 5 }))
  .chain(([source, seeds]) => {
    let arb: fc.Arbitrary<{ tracked: Tracked; map: OffsetMap; steps: OffsetMap[] }> = fc.constant({
      tracked: { text: source, origin: [...source].length === source.length ? [...Array(source.length).keys()] : [...Array(source.length).keys()] },
      map: OffsetMap.identity(source.length),
      steps: [],
    });
    for (const _ of seeds) {
      arb = arb.chain((state) =>
        editsFor(state.tracked.text.length).map((edits) => {
          const step = applyEdits(state.tracked.text, edits);
          return { tracked: track(state.tracked, edits), map: state.map.compose(step.map), steps: [...state.steps, step.map] };
        }),
      );
    }
    return arb.map((state) => ({ source, ...state }));
  });

describe('OffsetMap', () => {
  it('maps an identity text onto itself', () => {
    const m = OffsetMap.identity(10);
    expect(m.toSource(4)).toBe(4);
    expect(m.spanToSource({ start: 2, end: 7 })).toEqual({ start: 2, end: 7 });
    expect(m.spanToClean({ start: 2, end: 7 })).toEqual({ start: 2, end: 7 });
  });

  it('maps around a deletion and snaps inside a replacement', () => {
    // "a &amp; b" → "a & b" and then drop "a "
    const html = 'a &amp; b';
    const step1 = applyEdits(html, [{ start: 2, end: 7, insert: '&' }]);
    expect(step1.text).toBe('a & b');
    const step2 = applyEdits(step1.text, [{ start: 0, end: 2, insert: '' }]);
    expect(step2.text).toBe('& b');
    const m = step1.map.compose(step2.map);
    expect(m.spanToSource({ start: 0, end: 1 })).toEqual({ start: 2, end: 7 });
    expect(html.slice(m.toSource(2), m.toSource(3, 'end'))).toBe('b');
    // a source span inside the removed text maps to an empty clean span at the cut
    expect(m.spanToClean({ start: 0, end: 1 })).toEqual({ start: 0, end: 0 });
  });

  it('keeps every mapped offset inside the source and in order', () => {
    fc.assert(
      fc.property(chains, ({ source, map, tracked }) => {
        expect(map.cleanLength).toBe(tracked.text.length);
        expect(map.sourceLength).toBe(source.length);
        let prevStart = 0;
        let prevEnd = 0;
        for (let x = 0; x <= tracked.text.length; x++) {
          const s = map.toSource(x, 'start');
          const e = map.toSource(x, 'end');
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(source.length);
          expect(e).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(source.length);
          expect(s).toBeGreaterThanOrEqual(prevStart);
          expect(e).toBeGreaterThanOrEqual(prevEnd);
          prevStart = s;
          prevEnd = e;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('maps every copied character exactly to its origin', () => {
    fc.assert(
      fc.property(chains, ({ source, map, tracked }) => {
        tracked.origin.forEach((o, x) => {
          const s = map.spanToSource({ start: x, end: x + 1 });
          if (o >= 0) {
            expect(s).toEqual({ start: o, end: o + 1 });
            expect(source[o]).toBe(tracked.text[x]);
          } else {
            expect(s.start).toBeLessThanOrEqual(s.end);
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it('composes soundly: never narrower than mapping step by step', () => {
    fc.assert(
      fc.property(chains, ({ map, steps, tracked }) => {
        const chained = (x: number, side: 'start' | 'end'): number => {
          let y = x;
          for (let i = steps.length - 1; i >= 0; i--) y = steps[i]!.toSource(y, side);
          return y;
        };
        for (let a = 0; a < tracked.text.length; a++) {
          for (let b = a + 1; b <= tracked.text.length; b++) {
            const step = { start: chained(a, 'start'), end: chained(b, 'end') };
            if (step.start > step.end) continue; // ambiguous order of an insertion and a removal at one point
            const flat = map.spanToSource({ start: a, end: b });
            expect(flat.start).toBeLessThanOrEqual(step.start);
            expect(flat.end).toBeGreaterThanOrEqual(step.end);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips spans: source span → clean span → the same source span', () => {
    fc.assert(
      fc.property(
        chains.chain((c) =>
          fc.tuple(fc.constant(c), fc.integer({ min: 0, max: c.tracked.text.length }), fc.integer({ min: 0, max: c.tracked.text.length })),
        ),
        ([{ map, tracked }, a, b]) => {
          if (a === b) return; // empty spans have no text to round-trip
          const clean = { start: Math.min(a, b), end: Math.max(a, b) };
          const src = map.spanToSource(clean);
          const back = map.spanToClean(src);
          const copiedEdges = clean.start < clean.end && tracked.origin[clean.start]! >= 0 && tracked.origin[clean.end - 1]! >= 0;
          if (copiedEdges) {
            expect(back.start).toBeLessThanOrEqual(clean.start);
            expect(back.end).toBeGreaterThanOrEqual(clean.end);
          }
          expect(map.spanToSource(back)).toEqual(src);
        },
      ),
      { numRuns: 400 },
    );
  });
});
