import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, englishShare } from './language.js';

const ONLY_ENGLISH = ['the', 'and', 'of', 'that', 'with', 'said', 'were', 'which', 'would', 'been', 'have', 'from', 'this', 'their', 'they', 'to', 'for', 'by', 'its', 'has', 'had', 'who', 'will'];

/** The share as its definition reads: the words `/\p{L}+/gu` finds in the lower-cased text. */
function shareByPattern(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length === 0 ? 0 : words.filter((w) => ONLY_ENGLISH.includes(w)).length / words.length;
}

const sample = readFileSync(path.join(import.meta.dirname, '../../examples/kursk-2025/000_50214374a0cbf42d.txt'), 'utf8');

describe('englishShare', () => {
  it('counts words as the pattern does, whatever the characters', () => {
    const pieces = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('The ', 'SAID', 'İstanbul ', 'ß', '𝐀𝐁 ', 'naïve ', 'к и ', '—', '’s ', 'of', '\u0301', '\ud800'));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(englishShare(text)).toBe(shareByPattern(text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads English news prose as plainly English, and other languages not', () => {
    expect(englishShare(sample.slice(0, 3000))).toBe(shareByPattern(sample.slice(0, 3000)));
    expect(englishShare(sample.slice(0, 3000))).toBeGreaterThan(0.1);
    expect(detectLanguage(sample)).toBe('en');
    const german = 'Die Regierung in Seoul erklärte am Montag, dass nordkoreanische Soldaten in der Region Kursk gekämpft hätten. '.repeat(5);
    expect(englishShare(german)).toBe(0);
    expect(detectLanguage(german)).toBe('de');
  });
});
