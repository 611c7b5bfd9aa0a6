/**
 * A document's fingerprint, for finding text copied between reports: the
 * source span of every word (lower-cased, apostrophes folded, punctuation
 * left out) and a hash of every run of `SHINGLE_WORDS` consecutive words
 * starting at each word. The align stage compares fingerprints, never texts.
 */
import type { Doc } from '../../core/doc.js';

/** Words per shingle: long enough that a shared run is not a common phrase. */
export const SHINGLE_WORDS = 8;

export interface Fingerprint {
  /** source span of each word */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** hash of the shingle starting at each word (length: words − SHINGLE_WORDS + 1, or 0) */
  readonly hashes: Float64Array;
}

export function fingerprint(doc: Doc): Fingerprint {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const t of doc.tokens) {
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    const word = doc.text.slice(t.range.start, t.range.end).toLowerCase();
    words.push(QUOTE_MARKS.test(word) ? word.replace(QUOTE_MARKS_ALL, "'") : word);
    const span = doc.map.spanToSource(t.range);
    starts.push(span.start);
    ends.push(span.end);
  }
  const count = Math.max(0, words.length - SHINGLE_WORDS + 1);
  const hashes = new Float64Array(count);
  for (let i = 0; i < count; i++) hashes[i] = shingleHash(words, i);
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), hashes };
}

const QUOTE_MARKS = /[’‘`]/;
const QUOTE_MARKS_ALL = /[’‘`]/g;

/**
 * Two FNV-1a hashes of the shingle's words joined by spaces, folded into one
 * number below 2^53 (collisions are too rare to matter); read word by word,
 * never joined into a string.
 */
function shingleHash(words: readonly string[], from: number): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let w = from; w < from + SHINGLE_WORDS; w++) {
    if (w > from) {
      a = Math.imul(a ^ 32, 0x01000193) >>> 0;
      b = Math.imul(b ^ 32, 0x5bd1e995) >>> 0;
    }
    const s = words[w]!;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193) >>> 0;
      b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    }
  }
  return (a >>> 0) * 0x200000 + (b & 0x1fffff);
}
