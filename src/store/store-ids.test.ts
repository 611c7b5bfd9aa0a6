import { describe, expect, it } from 'vitest';
import { IdAllocator } from '../pipeline/analyze.js';
import { StoreIds } from './store-ids.js';

/** A store holding `ids`, and the lists of ids it was asked about. */
function holding(ids: readonly string[]) {
  const asked: string[][] = [];
  const held = new Set(ids);
  return { asked, holding: async (tried: readonly string[]) => (asked.push([...tried]), new Set(tried.filter((id) => held.has(id)))) };
}

describe('StoreIds', () => {
  it('gives the ids a batch allocator gives with the store\'s ids taken, asking about the bases of a batch at once', async () => {
    const store = holding(['a', 'a-2', 'c']);
    const ids = new StoreIds(store.holding);
    expect(await ids.next(['x/a.txt', 'y/a.txt', 'b.txt', 'b.md'])).toEqual(['a-3', 'a-4', 'b', 'b-2']);
    // the bases at once, then each later try of a taken one, one at a time (rare: most file names are the store's only)
    expect(store.asked).toEqual([['a', 'b'], ['a-2'], ['a-3'], ['a-4'], ['b-2']]);
    expect(await ids.next(['c.txt', 'z/b.txt', '-'])).toEqual(['c-2', 'b-3', 'stdin']);
  });

  it('agrees with IdAllocator over the whole store on many inputs', async () => {
    const taken = ['r1', 'r1-2', 'r3', 'r5-2', 'stdin'];
    const inputs = Array.from({ length: 60 }, (_, i) => `dir${i % 3}/r${(i * 7) % 9}.txt`);
    const whole = new IdAllocator(taken);
    const expected = inputs.map((input) => whole.next(input));
    const ids = new StoreIds(holding(taken).holding);
    const got = [...(await ids.next(inputs.slice(0, 25))), ...(await ids.next(inputs.slice(25)))];
    expect(got).toEqual(expected);
    expect(new Set(got).size).toBe(inputs.length);
  });
});
