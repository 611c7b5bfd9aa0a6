/**
 * A few shingle hashes that stand for a document when looking for copies in
 * a large store (winnowing, Schleimer et al. 2003): the smallest hash of
 * every window of `WINDOW` consecutive shingles. Any passage two documents
 * share of at least `WINDOW + SHINGLE_WORDS - 1` words (the shortest copy
 * the align stage keeps) has the same smallest hash in both, so a shared
 * passage is never missed, while about 2 / (WINDOW + 1) of the hashes are kept.
 */
import { MIN_PASSAGE_WORDS } from './copies.js';
import { SHINGLE_WORDS } from '../extract/fingerprint/index.js';

export const WINDOW = MIN_PASSAGE_WORDS - SHINGLE_WORDS + 1;

export function winnow(hashes: ArrayLike<number>): number[] {
  const out: number[] = [];
  if (hashes.length === 0) return out;
  if (hashes.length < WINDOW) return [Math.min(...Array.from(hashes))];
  let last = -1;
  for (let start = 0; start + WINDOW <= hashes.length; start++) {
    // the rightmost smallest in the window; kept once however many windows it is smallest in
    let at = start;
    for (let i = start + 1; i < start + WINDOW; i++) if (hashes[i]! <= hashes[at]!) at = i;
    if (at !== last) out.push(hashes[at]!);
    last = at;
  }
  return out;
}
