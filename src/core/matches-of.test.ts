import { describe, expect, it } from 'vitest';
import { matchesOf } from './matches-of.js';

const shown = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], ...m.slice(1)]);

describe('matchesOf', () => {
  it('gives the matches matchAll gives, groups and empty matches included, and leaves the pattern at 0', () => {
    const cases: [RegExp, string][] = [
      [/(\d+) (troops|soldiers)/g, '11,000 troops, then 15 000 soldiers and 600 troops'],
      [/\b(?:killed|died)\b/gi, 'Killed, died; KILLED'],
      [/x*/g, 'axxbx'],
      [/(?:)/gu, 'a😀b'],
      [/\d/g, 'no digits'],
    ];
    for (const [pattern, text] of cases) {
      pattern.lastIndex = 3;
      expect(shown(matchesOf(pattern, text))).toEqual(shown(text.matchAll(new RegExp(pattern.source, pattern.flags))));
      expect(pattern.lastIndex).toBe(0);
    }
  });

  it('leaves the pattern at 0 when the reader stops early, and refuses a pattern that is not global', () => {
    const pattern = /a/g;
    for (const m of matchesOf(pattern, 'banana')) {
      expect(m.index).toBe(1);
      break;
    }
    expect(pattern.lastIndex).toBe(0);
    expect(() => [...matchesOf(/a/, 'banana')]).toThrow(TypeError);
  });
});
