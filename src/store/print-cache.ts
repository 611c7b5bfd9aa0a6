/**
 * The fingerprints of earlier reports a writer has read or written, the
 * most recently used kept up to a size. A new report's copy candidates are
 * mostly the first reports of the stories it repeats (the shingle index keeps
 * only those), so the same few thousand prints come back chunk after chunk;
 * read each from the store once, not once a chunk. A print changes only when
 * its report is replaced, and the store counts replacements
 * (`Store.replacements`): a writer that sees the count move, whoever
 * replaced what, starts again empty.
 */
import type { Fingerprint } from '../extract/fingerprint/index.js';

/** About 4,000 prints of a 500-word report (16 bytes a word). */
export const PRINT_CACHE_BYTES = 32 * 1024 * 1024;

export class PrintCache {
  private readonly prints = new Map<string, Fingerprint>();
  private bytes = 0;
  private replacements: number | undefined;

  constructor(private readonly limit = PRINT_CACHE_BYTES) {}

  /** Empties the cache when the store's count of replaced reports is not the one it was filled under. */
  validate(replacements: number): void {
    if (this.replacements !== replacements) this.clear();
    this.replacements = replacements;
  }

  /** The prints held of `docs` (each now the most recently used), and the docs not held. */
  take(docs: readonly string[]): { held: Map<string, Fingerprint>; missing: string[] } {
    const held = new Map<string, Fingerprint>();
    const missing: string[] = [];
    for (const doc of docs) {
      const print = this.prints.get(doc);
      if (!print) {
        missing.push(doc);
        continue;
      }
      this.prints.delete(doc);
      this.prints.set(doc, print);
      held.set(doc, print);
    }
    return { held, missing };
  }

  put(doc: string, print: Fingerprint): void {
    const before = this.prints.get(doc);
    if (before) {
      this.prints.delete(doc);
      this.bytes -= sizeOf(before);
    }
    this.prints.set(doc, print);
    this.bytes += sizeOf(print);
    for (const [oldest, p] of this.prints) {
      if (this.bytes <= this.limit) break;
      this.prints.delete(oldest);
      this.bytes -= sizeOf(p);
    }
  }

  get size(): number {
    return this.prints.size;
  }

  private clear(): void {
    this.prints.clear();
    this.bytes = 0;
  }
}

function sizeOf(print: Fingerprint): number {
  return print.hashes.byteLength + print.starts.byteLength + print.ends.byteLength;
}
