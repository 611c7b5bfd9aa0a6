import { describe, expect, it } from 'vitest';
import { wordTable } from './word-table.js';

const PROTOTYPE_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__', '__defineGetter__', 'toLocaleString'];

describe('wordTable', () => {
  it('answers only its own words, never a name an object has from its prototype', () => {
    const table = wordTable({ people: 'person', feet: 'foot' });
    expect(table['people']).toBe('person');
    expect(Object.keys(table)).toEqual(['people', 'feet']);
    for (const name of PROTOTYPE_NAMES) expect(table[name]).toBeUndefined();
    // a plain object is what it replaces
    expect(({} as Record<string, unknown>)['constructor']).toBe(Object);
  });

  it('cannot be changed', () => {
    const table = wordTable<number>({ one: 1 });
    expect(() => ((table as Record<string, number>)['two'] = 2)).toThrow(TypeError);
    expect(table['two']).toBeUndefined();
  });
});
