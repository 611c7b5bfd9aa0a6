import { describe, expect, it } from 'vitest';
import { collect } from '../../core/collect.js';
import { jsonObjectText } from './json-text.js';

async function* items<T>(list: readonly T[]): AsyncGenerator<T> {
  yield* list;
}

const textOf = async (fields: [string, unknown][], chunk?: number) => (await collect(jsonObjectText(fields, chunk))).join('');

describe('jsonObjectText', () => {
  const value = {
    n: 1,
    text: 'two lines\nand "quotes"',
    nested: { list: [1, [2, { a: null }]], empty: {}, none: [] },
    records: [{ id: 'a', spans: [{ start: 0, end: 3 }] }, { id: 'b', spans: [] }],
    nothing: [],
    last: 'é ✓',
  };

  it('writes what JSON.stringify with two spaces writes, collections given as async iterables an item at a time', async () => {
    const fields = Object.entries(value).map(([k, v]): [string, unknown] => [k, Array.isArray(v) ? items(v) : v]);
    expect(await textOf(fields)).toBe(JSON.stringify(value, null, 2));
    // in small pieces too
    const pieces = await collect(jsonObjectText(Object.entries(value).map(([k, v]): [string, unknown] => [k, Array.isArray(v) ? items(v) : v]), 8));
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('asks a field given as a function for its value when its turn comes, after the fields before it were read', async () => {
    let seen = 0;
    const counted = async function* () {
      for (const x of [1, 2, 3]) {
        seen++;
        yield x;
      }
    };
    expect(await textOf([['xs', counted()], ['count', () => seen]])).toBe(JSON.stringify({ xs: [1, 2, 3], count: 3 }, null, 2));
    expect(await textOf([])).toBe('{}');
  });
});
