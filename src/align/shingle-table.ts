/**
 * Shingle hashes to small numbers, in an open-addressing table over typed
 * arrays. Copy finding looks up every shingle of every candidate report; a
 * `Map` or `Set` keyed by numbers this large (up to 2^53, not small
 * integers) boxes each one and was most of that step's time.
 */
const EMPTY = -1;

export class ShingleTable {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  /** room for `capacity` hashes (kept at most half full) */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Float64Array(size).fill(EMPTY);
    this.values = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
  }

  /** Where `hash` is, or the empty slot where it would go. */
  slot(hash: number): number {
    // a hash is a non-negative integer: its low and high 32 bits, mixed
    let i = (Math.imul((hash >>> 0) ^ ((hash / 4294967296) >>> 0), 0x9e3779b1) >>> 0) & this.mask;
    const keys = this.keys;
    while (keys[i] !== EMPTY && keys[i] !== hash) i = (i + 1) & this.mask;
    return i;
  }

  holds(slot: number): boolean {
    return this.keys[slot] !== EMPTY;
  }

  /** Puts `hash` at the empty slot `slot` gave for it, with no value yet. */
  put(slot: number, hash: number): void {
    this.keys[slot] = hash;
  }

  /** The number kept for the hash at `slot`; -1 where none is. */
  value(slot: number): number {
    return this.values[slot]!;
  }

  setValue(slot: number, value: number): void {
    this.values[slot] = value;
  }
}
