/**
 * A document's fingerprint, for finding text copied between reports: the
 * source span of every word (lower-cased, apostrophes folded, punctuation
 * left out) and a hash of every run of `SHINGLE_WORDS` consecutive words
 * starting at each word. The align stage compares fingerprints, never texts.
 */
import type { Doc } from '../../core/doc.js';

/** Words per shingle: long enough that a shared run is not a common phrase. */
export const SHINGLE_WORDS = 8;

/**
 * How shingle hashes are computed. Hashes made one way never match hashes
 * made another, so a store's reports fingerprinted under another scheme are
 * analysed again (it is part of the extractor version).
 */
export const PRINT_SCHEME = 2;

export interface Fingerprint {
  /** source span of each word */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** hash of the shingle starting at each word (length: words − SHINGLE_WORDS + 1, or 0) */
  readonly hashes: Float64Array;
}

export function fingerprint(doc: Doc): Fingerprint {
  const { tokens, text, map } = doc;
  let words = 0;
  for (const t of tokens) if (t.kind === 'word' || t.kind === 'number') words++;
  const starts = new Int32Array(words);
  const ends = new Int32Array(words);
  // two independent 32-bit hashes of each word, read once; a shingle's hash combines its words' hashes
  const wordA = new Int32Array(words);
  const wordB = new Int32Array(words);
  let w = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    const span = map.spanToSource(t.range);
    starts[w] = span.start;
    ends[w] = span.end;
    hashWord(text, t.range.start, t.range.end, wordA, wordB, w);
    w++;
  }
  const count = Math.max(0, words - SHINGLE_WORDS + 1);
  const hashes = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let a = 0x811c9dc5;
    let b = 0x5bd1e995;
    for (let k = i; k < i + SHINGLE_WORDS; k++) {
      a = Math.imul(a ^ wordA[k]!, 0x01000193);
      a ^= a >>> 15;
      b = Math.imul(b ^ wordB[k]!, 0x5bd1e995);
      b ^= b >>> 13;
    }
    // folded into one number below 2^53: collisions are too rare to matter
    hashes[i] = (a >>> 0) * 0x200000 + (b & 0x1fffff);
  }
  return { starts, ends, hashes };
}

/**
 * FNV-1a of the word lower-cased with ’ ‘ ` read as ', twice with different
 * primes, into `a[at]` and `b[at]`. A word of ASCII characters (nearly all of
 * them) is read where it stands, never copied.
 */
function hashWord(text: string, start: number, end: number, a: Int32Array, b: Int32Array, at: number): void {
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) < 128) continue;
    const folded = text.slice(start, end).toLowerCase().replace(QUOTE_MARKS, "'");
    return hashFolding(folded, 0, folded.length, a, b, at);
  }
  hashFolding(text, start, end, a, b, at);
}

const QUOTE_MARKS = /[’‘`]/g;

/** FNV-1a of `text[start, end)` with ASCII capitals read as small letters and ` as '. */
function hashFolding(text: string, start: number, end: number, a: Int32Array, b: Int32Array, at: number): void {
  let ha = 0x811c9dc5;
  let hb = 0x01000193 ^ 0x5bd1e995;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 96) c = 39;
    ha = Math.imul(ha ^ c, 0x01000193);
    hb = Math.imul(hb ^ c, 0x5bd1e995);
  }
  a[at] = ha;
  b[at] = hb;
}
