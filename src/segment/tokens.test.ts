import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

describe('tokenize', () => {
  it('splits words, numbers, punctuation, symbols and clitics, each with its range', () => {
    const text = "Kim Jong-un's 11,000 troops—didn't they? £2.5bn (approx.) 😀";
    const words = tokenize(text, 10).map((t) => [text.slice(t.range.start - 10, t.range.end - 10), t.kind]);
    expect(words).toEqual([
      ['Kim', 'word'], ['Jong-un', 'word'], ["'s", 'word'], ['11,000', 'number'], ['troops', 'word'], ['—', 'punct'], ['did', 'word'], ["n't", 'word'],
      ['they', 'word'], ['?', 'punct'], ['£', 'symbol'], ['2.5', 'number'], ['bn', 'word'], ['(', 'punct'], ['approx', 'word'], ['.', 'punct'], [')', 'punct'], ['😀', 'symbol'],
    ]);
  });
});
