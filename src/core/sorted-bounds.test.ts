import { describe, expect, it } from 'vitest';
import { lowerBound, upperBound } from './sorted-bounds.js';

describe('lowerBound and upperBound', () => {
  it('find where a value goes before and after its equals, in arrays and typed arrays', () => {
    for (const a of [[1, 3, 3, 3, 7], Float64Array.of(1, 3, 3, 3, 7)]) {
      expect([lowerBound(a, 3), upperBound(a, 3)]).toEqual([1, 4]);
      expect([lowerBound(a, 0), upperBound(a, 0)]).toEqual([0, 0]);
      expect([lowerBound(a, 5), upperBound(a, 5)]).toEqual([4, 4]);
      expect([lowerBound(a, 9), upperBound(a, 9)]).toEqual([5, 5]);
    }
    expect([lowerBound([], 1), upperBound([], 1)]).toEqual([0, 0]);
  });
});
