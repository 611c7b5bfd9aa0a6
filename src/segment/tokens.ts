/**
 * Tokens with their ranges: words (with inner hyphens and apostrophes, clitics
 * such as "’s" and "n’t" split off), numbers (with group separators and
 * decimals), punctuation and symbols.
 */
import type { Token } from '../core/doc.js';

/** Numbered groups, in this order: a number, a word, punctuation; anything else is a symbol (no named groups: no object per token). */
const TOKEN =
  /(\d+(?:[,.\u00a0\u202f\u2009]\d{3})*(?:[.,]\d+)?)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*)|([.,;:!?"“”‘’'()[\]{}…–—\-/])|\S/gu;
const CLITIC = /(?:['’](?:s|re|ve|ll|d|m)|n['’]t)$/i;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) tokens.push({ range: { start, end }, kind: 'number' });
    else if (m[2] !== undefined) {
      const clitic = m[0].includes("'") || m[0].includes('’') ? CLITIC.exec(m[0]) : null;
      if (clitic && clitic.index > 0) {
        const cut = start + clitic.index;
        tokens.push({ range: { start, end: cut }, kind: 'word' }, { range: { start: cut, end }, kind: 'word' });
      } else tokens.push({ range: { start, end }, kind: 'word' });
    } else tokens.push({ range: { start, end }, kind: m[3] !== undefined ? 'punct' : 'symbol' });
  }
  return tokens;
}
