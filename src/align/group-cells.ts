/**
 * How the claims of one bucket (measure, unit, modality) split into groups,
 * worked out from counts alone. Each claim falls in a cell: the class of
 * what it counts (`countedClass`) and the country of the place its clause
 * names, either of which may be unsaid. Claims split by what they count,
 * then by country; those that do not say join the largest part (on a tie,
 * the one whose first claim comes first). The split depends only on each
 * cell's size and first claim, so a store can tell which group every claim
 * belongs to from one count per cell, without reading the claims.
 */
import type { Claim } from '../ledger/schema.js';
import { countedClass } from './counted-class.js';
import { countryOfPlace } from './countries.js';

export interface Cell {
  /** what the claims count, or null where only the measure says */
  readonly head: string | null;
  /** the country their clauses are about (or the place, when the table does not know it), or null */
  readonly zone: string | null;
  readonly count: number;
  /** where the cell's first claim stands in the bucket's order */
  readonly first: number;
}

/** One group of a bucket: the cells its claims come from, and what it counts and is about (null where none of its claims says). */
export interface Piece {
  readonly head: string | null;
  readonly zone: string | null;
  readonly cells: readonly Cell[];
  readonly first: number;
}

/** The cell a claim falls in. */
export function cellOf(claim: Claim): { head: string | null; zone: string | null } {
  const zone = claim.place ? (countryOfPlace(claim.place.text) ?? claim.place.text) : null;
  return { head: countedClass(claim.counted?.text ?? null, claim.measure) || null, zone: zone || null };
}

/** The groups of a bucket, in the order of their first claims. */
export function piecesOf(cells: readonly Cell[]): Piece[] {
  const pieces: Piece[] = [];
  if (cells.length === 0) return pieces;
  for (const part of splitCells([cells], (c) => c.head)) {
    for (const piece of splitCells([part.own, part.joined], (c) => c.zone)) {
      const all = [...piece.own, ...piece.joined];
      pieces.push({
        head: all.find((c) => c.head !== null)?.head ?? null,
        zone: all.find((c) => c.zone !== null)?.zone ?? null,
        cells: all,
        first: Math.min(...all.map((c) => c.first)),
      });
    }
  }
  return pieces.sort((a, b) => a.first - b.first);
}

/**
 * Cells split by a key, the largest part first; on a tie, the part seen first
 * reading the segments one after another, each in claim order (a part's own
 * claims come before those that joined it). The cells without the key join
 * the largest part.
 */
function splitCells(segments: readonly (readonly Cell[])[], keyOf: (c: Cell) => string | null): { own: Cell[]; joined: Cell[] }[] {
  const parts = new Map<string, { own: Cell[]; count: number; segment: number; first: number }>();
  const open: Cell[] = [];
  segments.forEach((segment, s) => {
    for (const c of segment) {
      const key = keyOf(c);
      if (key === null) {
        open.push(c);
        continue;
      }
      const part = parts.get(key);
      if (!part) parts.set(key, { own: [c], count: c.count, segment: s, first: c.first });
      else {
        part.own.push(c);
        part.count += c.count;
        if (part.segment === s) part.first = Math.min(part.first, c.first);
      }
    }
  });
  if (parts.size === 0) return [{ own: open, joined: [] }];
  const sorted = [...parts.values()].sort((a, b) => b.count - a.count || a.segment - b.segment || a.first - b.first);
  return sorted.map((p, i) => ({ own: p.own, joined: i === 0 ? open : [] }));
}
