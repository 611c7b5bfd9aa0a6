import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const split = (text: string): string[] => splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at sentence ends', () => {
    expect(split('North Korea and Russia are allies. The East Asian nation supplied troops! Why? Nobody knows…')).toEqual([
      'North Korea and Russia are allies.',
      'The East Asian nation supplied troops!',
      'Why?',
      'Nobody knows…',
    ]);
  });

  it('does not split after titles, initials or a month before a day', () => {
    expect(split('Mr. Kim met President Vladimir V. Putin on Oct. 5 in Moscow. Gen. Syrskyi said No. 3 brigade held.')).toEqual([
      'Mr. Kim met President Vladimir V. Putin on Oct. 5 in Moscow.',
      'Gen. Syrskyi said No. 3 brigade held.',
    ]);
  });

  it('splits after an abbreviation only when a sentence opener follows', () => {
    expect(split('U.S. officials said the troops arrived at 5 a.m. on Monday. They left at 6 p.m. The army confirmed it.')).toEqual([
      'U.S. officials said the troops arrived at 5 a.m. on Monday.',
      'They left at 6 p.m.',
      'The army confirmed it.',
    ]);
    expect(split('The U.S. Army confirmed it.')).toEqual(['The U.S. Army confirmed it.']);
  });

  it('keeps a quote and its attribution together, and splits after a closing quote', () => {
    expect(split('“Our heroes destroyed the invaders,” he said. “The sacred journey marked a new history.” Kim added nothing.')).toEqual([
      '“Our heroes destroyed the invaders,” he said.',
      '“The sacred journey marked a new history.”',
      'Kim added nothing.',
    ]);
    expect(split('“Will they return?” she asked. Nobody answered.')).toEqual(['“Will they return?” she asked.', 'Nobody answered.']);
  });

  it('treats a lower-case "no." as a word', () => {
    expect(split('The answer was no. The talks ended.')).toEqual(['The answer was no.', 'The talks ended.']);
  });

  it('returns offsets into the text it was given', () => {
    const text = 'xx First one. Second one. yy';
    const spans = splitSentences(text, { start: 3, end: 25 });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
  });
});
