import { describe, expect, it } from 'vitest';
import { formatValue } from './format.js';

describe('formatValue', () => {
  it.each([
    [{ value: { low: null, high: 4000 }, qualifier: 'at_most', unit: 'person' }, '≤ 4,000'],
    [{ value: { low: 100, high: null }, qualifier: 'more_than', unit: 'person' }, '> 100'],
    [{ value: { low: 600, high: 600 }, qualifier: 'approx', unit: 'person' }, '~600'],
    [{ value: { low: 25000, high: 30000 }, qualifier: 'range', unit: 'person' }, '25,000–30,000'],
    [{ value: { low: 60, high: 60 }, qualifier: 'exact', unit: 'percent' }, '60%'],
    [{ value: { low: 2e8, high: 2e8 }, qualifier: 'approx', unit: 'USD' }, '~$200,000,000'],
    [{ value: { low: 3e9, high: 3e9 }, qualifier: 'exact', unit: 'CHF/year' }, '3,000,000,000 CHF'],
    [{ value: { low: 1000, high: 10000 }, qualifier: 'vague', unit: 'person' }, '1,000–10,000 (vague)'],
  ] as const)('%j → %s', (claim, text) => {
    expect(formatValue(claim)).toBe(text);
  });
});
