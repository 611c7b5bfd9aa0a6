import { describe, expect, it } from 'vitest';
import { pushAll } from './push-all.js';

describe('pushAll', () => {
  it('appends in order, in place', () => {
    const list = [1, 2];
    expect(pushAll(list, [3, 4])).toBe(list);
    expect(list).toEqual([1, 2, 3, 4]);
  });

  it('appends more items than fit on the call stack as arguments', () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    const list = pushAll([-1], many);
    expect(list).toHaveLength(500_001);
    expect(list.at(-1)).toBe(499_999);
  });
});
