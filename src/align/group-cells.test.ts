import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { piecesOf, type Cell } from './group-cells.js';

type Slot = { head: string | null; zone: string | null };

/** The split as it reads on the claims themselves, one by one: parts by key in order of first appearance, the largest first, the keyless joining it. */
function splitSlots(slots: readonly number[], all: readonly Slot[], keyOf: (s: Slot) => string | null): number[][] {
  const parts = new Map<string, number[]>();
  const open: number[] = [];
  for (const i of slots) {
    const key = keyOf(all[i]!);
    if (key === null) open.push(i);
    else parts.set(key, [...(parts.get(key) ?? []), i]);
  }
  const sorted = [...parts.values()].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [open];
  sorted[0]!.push(...open);
  return sorted;
}

function slotPieces(all: readonly Slot[]): number[][] {
  const pieces = splitSlots(all.map((_, i) => i), all, (s) => s.head).flatMap((part) => splitSlots(part, all, (s) => s.zone));
  return pieces.map((p) => [...p].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

function cellPieces(all: readonly Slot[]): { pieces: number[][]; heads: (string | null)[]; zones: (string | null)[] } {
  const cells = new Map<string, { cell: Cell; slots: number[] }>();
  all.forEach((s, i) => {
    const key = `${s.head}|${s.zone}`;
    const entry = cells.get(key) ?? { cell: { head: s.head, zone: s.zone, count: 0, first: i }, slots: [] };
    cells.set(key, { cell: { ...entry.cell, count: entry.cell.count + 1 }, slots: [...entry.slots, i] });
  });
  const slotsOf = new Map([...cells.values()].map((e) => [e.cell, e.slots]));
  const pieces = piecesOf([...slotsOf.keys()]);
  return {
    pieces: pieces.map((p) => p.cells.flatMap((c) => slotsOf.get(c)!).sort((a, b) => a - b)),
    heads: pieces.map((p) => p.head),
    zones: pieces.map((p) => p.zone),
  };
}

const slot = fc.record({ head: fc.constantFrom(null, 'troop', 'shell', 'missile'), zone: fc.constantFrom(null, 'Russia', 'Ukraine', 'Kursk') });

describe('piecesOf: a bucket split into groups from its cells', () => {
  it('splits as the claims split one by one: the same groups, in the order of their first claims, ties included', () => {
    fc.assert(
      fc.property(fc.array(slot, { minLength: 1, maxLength: 40 }), (all) => {
        const { pieces, heads, zones } = cellPieces(all);
        expect(pieces).toEqual(slotPieces(all));
        // a group counts what its first claim with a count counts, and is about the country its first placed claim names
        pieces.forEach((p, i) => {
          expect(heads[i]).toBe(p.map((s) => all[s]!.head).find((h) => h !== null) ?? null);
          expect(zones[i]).toBe(p.map((s) => all[s]!.zone).find((z) => z !== null) ?? null);
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('ranks a country first seen among the claims that joined a part after the part\'s own countries', () => {
    // troop: one claim about Russia, one about no place; a claim with no count (it joins troop, the larger part) about
    // Ukraine comes first: Russia and Ukraine tie, and Russia, the part's own, ranks first and takes the troop claim with no place
    const all: Slot[] = [
      { head: null, zone: 'Ukraine' },
      { head: 'troop', zone: 'Russia' },
      { head: 'troop', zone: null },
      { head: 'shell', zone: null },
    ];
    expect(cellPieces(all).pieces).toEqual([[0], [1, 2], [3]]);
    expect(cellPieces(all).pieces).toEqual(slotPieces(all));
  });
});
