import { describe, expect, it } from 'vitest';
import { prepared } from '../test-support/docs.js';
import { isHeadingShaped } from './blocks.js';
import { tokenize } from './tokens.js';

describe('blocks', () => {
  it('finds the title, headings and paragraphs, and sets the title', () => {
    const doc = prepared(
      [
        'Putin Hails North Korean Troops as Heroic',
        '',
        'Russian President Vladimir Putin hailed North Korean troops.',
        'Russia’s growing dependence on North Korean munitions',
        'South Korean estimates indicate North Korea sent over 15,000 containers.',
        'Strategic implications for Ukraine’s resistance',
        'Putin’s letter came three days ahead of the summit.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
    expect(doc.meta.title).toMatchObject({ value: 'Putin Hails North Korean Troops as Heroic', basis: 'text' });
    // a heading is a sentence of its own, never glued to the next one
    expect(doc.sentences.map((s) => doc.text.slice(s.range.start, s.range.end))).toContain('Russia’s growing dependence on North Korean munitions');
  });

  it('does not take a first sentence for a title', () => {
    const doc = prepared('North Korea has sent troops, officials said.\nThey fought in Kursk.');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(doc.meta.title).toBeNull();
  });

  it.each([
    ['Russia’s highest-level acknowledgment of North Korean combat role', true],
    ['The army withdrew.', false],
    ['Key figures:', false],
    ['- artillery shells', false],
    ['Word', false],
  ])('isHeadingShaped(%s) is %s', (text, expected) => {
    expect(isHeadingShaped(text)).toBe(expected);
  });
});

describe('tokenize', () => {
  it('keeps numbers, hyphenated words and clitics as tokens with ranges', () => {
    const text = 'Kim Jong-un’s 11,000 troops (MiG-29s) cost $200.5m, wasn’t it?';
    const tokens = tokenize(text).map((t) => [text.slice(t.range.start, t.range.end), t.kind]);
    expect(tokens).toEqual([
      ['Kim', 'word'], ['Jong-un', 'word'], ['’s', 'word'], ['11,000', 'number'], ['troops', 'word'], ['(', 'punct'], ['MiG-29s', 'word'],
      [')', 'punct'], ['cost', 'word'], ['$', 'symbol'], ['200.5', 'number'], ['m', 'word'], [',', 'punct'], ['was', 'word'], ['n’t', 'word'],
      ['it', 'word'], ['?', 'punct'],
    ]);
  });
});
