import { describe, expect, it } from 'vitest';
import { memoized } from './memo.js';

describe('memoized', () => {
  it('computes each argument once, an undefined result included, and forgets everything past its limit', () => {
    const calls: string[] = [];
    const f = memoized((k: string) => {
      calls.push(k);
      return k === 'none' ? undefined : k.length;
    }, 3);
    expect([f('ab'), f('ab'), f('none'), f('none'), f('abc')]).toEqual([2, 2, undefined, undefined, 3]);
    expect(calls).toEqual(['ab', 'none', 'abc']);
    f('abcd'); // a fourth: the three kept are forgotten
    expect([f('abcd'), f('ab')]).toEqual([4, 2]);
    expect(calls).toEqual(['ab', 'none', 'abc', 'abcd', 'ab']);
  });
});
