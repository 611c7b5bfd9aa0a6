import { describe, expect, it } from 'vitest';
import type { Fingerprint } from '../extract/fingerprint/index.js';
import { PrintCache } from './print-cache.js';

/** A print of `words` words: 16 bytes a word. */
const printOf = (words: number, seed = 0): Fingerprint => ({
  starts: Int32Array.from({ length: words }, (_, i) => i * 6),
  ends: Int32Array.from({ length: words }, (_, i) => i * 6 + 5),
  hashes: Float64Array.from({ length: words }, (_, i) => seed * 1000 + i),
});

describe('PrintCache: earlier reports\' prints kept between chunks', () => {
  it('gives back what it holds and names what it does not', () => {
    const cache = new PrintCache();
    const a = printOf(10, 1);
    cache.put('a', a);
    const { held, missing } = cache.take(['a', 'b']);
    expect(held.get('a')).toBe(a);
    expect([...held.keys()]).toEqual(['a']);
    expect(missing).toEqual(['b']);
  });

  it('drops the least recently used print once over its size', () => {
    // room for three prints of 10 words (160 bytes each)
    const cache = new PrintCache(3 * 160);
    for (const doc of ['a', 'b', 'c']) cache.put(doc, printOf(10));
    cache.take(['a']); // a is used again: b is now the oldest
    cache.put('d', printOf(10));
    expect(cache.size).toBe(3);
    expect(cache.take(['a', 'b', 'c', 'd']).missing).toEqual(['b']);
  });

  it('counts a print put again once, at its new size', () => {
    const cache = new PrintCache(3 * 160);
    cache.put('a', printOf(10));
    cache.put('a', printOf(20));
    cache.put('b', printOf(10));
    expect(cache.take(['a', 'b']).missing).toEqual([]);
    cache.put('c', printOf(10)); // 320 + 160 + 160 > 480: a, the oldest, goes
    expect(cache.take(['a', 'b', 'c']).missing).toEqual(['a']);
  });

  it('empties when the store has replaced reports since it was filled, and not otherwise', () => {
    const cache = new PrintCache();
    cache.validate(0);
    cache.put('a', printOf(10));
    cache.validate(0);
    expect(cache.take(['a']).missing).toEqual([]);
    cache.validate(1);
    expect(cache.take(['a']).missing).toEqual(['a']);
    expect(cache.size).toBe(0);
  });
});
