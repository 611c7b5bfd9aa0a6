import { describe, expect, it } from 'vitest';
import { ShingleTable } from './shingle-table.js';

describe('ShingleTable', () => {
  it('keeps every hash put and its number, tells the others apart, however the hashes collide in the table', () => {
    // hashes as large as shingle hashes go (below 2^53), and ones equal in their low 32 bits
    const hashes = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? Number.MAX_SAFE_INTEGER - i * 7919 : (i + 1) * 4294967296 + 12345));
    const table = new ShingleTable(hashes.length);
    hashes.forEach((h, i) => {
      const slot = table.slot(h);
      expect(table.holds(slot)).toBe(false);
      table.put(slot, h);
      table.setValue(slot, i);
    });
    hashes.forEach((h, i) => {
      const slot = table.slot(h);
      expect([table.holds(slot), table.value(slot)]).toEqual([true, i]);
    });
    for (const h of [0, 1, 12345, 4294967296 + 12345 - 1, Number.MAX_SAFE_INTEGER - 1]) expect(table.holds(table.slot(h))).toBe(false);
  });

  it('gives a hash put with no number -1', () => {
    const table = new ShingleTable(1);
    table.put(table.slot(42), 42);
    expect(table.value(table.slot(42))).toBe(-1);
  });
});
