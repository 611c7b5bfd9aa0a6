/**
 * Tokens with their ranges: words (with inner hyphens and apostrophes, clitics
 * such as "’s" and "n’t" split off), numbers (with group separators and
 * decimals), punctuation and symbols.
 */
import type { Token } from '../core/doc.js';

const TOKEN =
  /(?<number>\d+(?:[,.\u00a0\u202f\u2009]\d{3})*(?:[.,]\d+)?)|(?<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*)|(?<punct>[.,;:!?"“”‘’'()[\]{}…–—\-/])|(?<symbol>\S)/gu;
const CLITIC = /(?:['’](?:s|re|ve|ll|d|m)|n['’]t)$/i;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = offset + m.index;
    const g = m.groups!;
    if (g['number'] !== undefined) tokens.push({ range: { start, end: start + m[0].length }, kind: 'number' });
    else if (g['word'] !== undefined) {
      const clitic = CLITIC.exec(m[0]);
      if (clitic && clitic.index > 0) {
        const cut = start + clitic.index;
        tokens.push({ range: { start, end: cut }, kind: 'word' }, { range: { start: cut, end: start + m[0].length }, kind: 'word' });
      } else tokens.push({ range: { start, end: start + m[0].length }, kind: 'word' });
    } else tokens.push({ range: { start, end: start + m[0].length }, kind: g['punct'] !== undefined ? 'punct' : 'symbol' });
  }
  return tokens;
}
