/**
 * A fingerprint as bytes, for a database column, little-endian:
 *   -1, word count, shingle count (int32 each), the shingle hashes (float64),
 *   then each word as two varints: the gap from the previous word's end (the
 *   first word's: from 0) and its length, both zigzag-coded.
 * Words are a few characters apart, so a word takes about 2 bytes, not the
 * 8 of two int32. A print written before (no -1: word count, shingle count,
 * starts and ends as int32, hashes) is still read.
 */
import type { Fingerprint } from '../extract/fingerprint/index.js';

/** Marks the varint form: a word count is never negative. */
const VARINT_WORDS = -1;

export function encodePrint(p: Fingerprint): Uint8Array {
  const words = p.starts.length;
  const shingles = p.hashes.length;
  const bytes = new Uint8Array(12 + shingles * 8 + words * 10);
  const view = new DataView(bytes.buffer);
  view.setInt32(0, VARINT_WORDS, true);
  view.setInt32(4, words, true);
  view.setInt32(8, shingles, true);
  let at = 12;
  for (let i = 0; i < shingles; i++, at += 8) view.setFloat64(at, p.hashes[i]!, true);
  const put = (n: number) => {
    let z = ((n << 1) ^ (n >> 31)) >>> 0;
    while (z >= 0x80) {
      bytes[at++] = (z & 0x7f) | 0x80;
      z >>>= 7;
    }
    bytes[at++] = z;
  };
  let end = 0;
  for (let i = 0; i < words; i++) {
    put(p.starts[i]! - end);
    put(p.ends[i]! - p.starts[i]!);
    end = p.ends[i]!;
  }
  return bytes.slice(0, at);
}

export function decodePrint(data: Uint8Array): Fingerprint {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (view.getInt32(0, true) !== VARINT_WORDS) return decodeFixedWidth(view);
  const words = view.getInt32(4, true);
  const shingles = view.getInt32(8, true);
  const hashes = float64s(view, 12, shingles);
  const starts = new Int32Array(words);
  const ends = new Int32Array(words);
  let at = 12 + shingles * 8;
  const get = () => {
    let z = 0;
    for (let shift = 0; ; shift += 7) {
      const b = data[at++]!;
      z |= (b & 0x7f) << shift;
      if (b < 0x80) break;
    }
    return (z >>> 1) ^ -(z & 1);
  };
  let end = 0;
  for (let i = 0; i < words; i++) {
    starts[i] = end + get();
    ends[i] = end = starts[i]! + get();
  }
  return { starts, ends, hashes };
}

/** The form prints were written in before the varint one. */
function decodeFixedWidth(view: DataView): Fingerprint {
  const words = view.getInt32(0, true);
  const shingles = view.getInt32(4, true);
  return { starts: int32s(view, 8, words), ends: int32s(view, 8 + words * 4, words), hashes: float64s(view, 8 + words * 8, shingles) };
}

function int32s(view: DataView, at: number, n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getInt32(at + i * 4, true);
  return out;
}

function float64s(view: DataView, at: number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getFloat64(at + i * 8, true);
  return out;
}
