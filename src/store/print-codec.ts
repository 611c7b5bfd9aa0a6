/** A fingerprint as bytes, for a database column: word count, shingle count, then word starts, ends (int32) and shingle hashes (float64), little-endian. */
import type { Fingerprint } from '../extract/fingerprint/index.js';

export function encodePrint(p: Fingerprint): Uint8Array {
  const words = p.starts.length;
  const shingles = p.hashes.length;
  const bytes = new Uint8Array(8 + words * 8 + shingles * 8);
  const view = new DataView(bytes.buffer);
  view.setInt32(0, words, true);
  view.setInt32(4, shingles, true);
  let at = 8;
  for (let i = 0; i < words; i++, at += 4) view.setInt32(at, p.starts[i]!, true);
  for (let i = 0; i < words; i++, at += 4) view.setInt32(at, p.ends[i]!, true);
  for (let i = 0; i < shingles; i++, at += 8) view.setFloat64(at, p.hashes[i]!, true);
  return bytes;
}

export function decodePrint(data: Uint8Array): Fingerprint {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const words = view.getInt32(0, true);
  const shingles = view.getInt32(4, true);
  const starts = new Int32Array(words);
  const ends = new Int32Array(words);
  const hashes = new Float64Array(shingles);
  let at = 8;
  for (let i = 0; i < words; i++, at += 4) starts[i] = view.getInt32(at, true);
  for (let i = 0; i < words; i++, at += 4) ends[i] = view.getInt32(at, true);
  for (let i = 0; i < shingles; i++, at += 8) hashes[i] = view.getFloat64(at, true);
  return { starts, ends, hashes };
}
