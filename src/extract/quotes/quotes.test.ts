import { describe, expect, it } from 'vitest';
import { findQuotations } from './find-quotations.js';
import { prepared } from '../../test-support/docs.js';
import { quotesOf } from '../../test-support/attributions.js';

const quotations = (text: string) => {
  const doc = prepared(text);
  return findQuotations(doc.text, doc.blocks).map((q) => ({ text: doc.text.slice(q.range.start, q.range.end), paragraphs: q.paragraphs, unclosed: q.unclosed }));
};

describe('quotations', () => {
  it('finds curly and straight double quotes, and single curly quotes that are not apostrophes', () => {
    expect(quotations('He said “we won” and "they lost" on the ‘front’ of Russia’s war.').map((q) => q.text)).toEqual(['“we won”', '"they lost"', '‘front’']);
  });

  it('runs a quotation over paragraphs when the next paragraph reopens it', () => {
    const found = quotations('“The first part goes on.\n“The second part ends here,” she said.');
    expect(found).toEqual([{ text: '“The first part goes on.\n“The second part ends here,”', paragraphs: 2, unclosed: false }]);
  });

  it('closes an unclosed quotation at the end of its paragraph', () => {
    expect(quotations('He called it “a disaster.\nThe next paragraph is plain.')).toEqual([{ text: '“a disaster.', paragraphs: 1, unclosed: true }]);
  });
});

describe('quotes and speakers', () => {
  it('gives a quotation cut by "he said" one speaker for both pieces', () => {
    expect(quotesOf('“Our heroes destroyed the invaders,” he said. “The sacred journey marked a new history.”\nMr Kim spoke at length.').map((q) => q.speaker)).toEqual(['he', 'he']);
  });

  it('keeps partial quotations inside reported speech, with the speaker of the report', () => {
    expect(quotesOf('Mr Kim said the partnership would “advance nonstop” in the future.')).toEqual([{ text: 'advance nonstop', speaker: 'Mr Kim', who: 'Kim' }]);
  });

  it('resolves "he" to the person named before it', () => {
    const q = quotesOf('Mr. Putin spoke on Monday. “We will always honor the Korean heroes,” he said in a statement published on the Kremlin website.');
    expect(q).toEqual([{ text: 'We will always honor the Korean heroes,', speaker: 'he', who: 'Putin' }]);
  });

  it('leaves out scare quotes and titles that no cue introduces', () => {
    expect(quotesOf('Kim ordered a monument for the “heroic” soldiers.')).toEqual([]);
    expect(quotesOf('In June the two formalised a "Comprehensive Strategic Partnership" to deepen ties.')).toEqual([]);
  });

  it('keeps a short quotation that a speech act introduces ("thanked Kim for sending “excellent soldiers”")', () => {
    expect(quotesOf('Speaker Vyacheslav Volodin thanked Kim for sending “excellent soldiers” to Ukraine.')).toEqual([{ text: 'excellent soldiers', speaker: 'Speaker Vyacheslav Volodin', who: 'Vyacheslav Volodin' }]);
  });

  it('gives an uncued quotation the speaker of the attribution that ends the sentence before it', () => {
    const q = quotesOf('The administration may be reluctant to act, Schiff said. "The other factor is what the election means."');
    expect(q).toEqual([{ text: 'The other factor is what the election means.', speaker: 'Schiff', who: 'Schiff' }]);
    const next = quotesOf('The administration may be reluctant to act, Schiff said.\n"The other factor is what the election means."');
    expect(next.map((x) => x.speaker)).toEqual([null]);
  });

  it('names the speaker of a quotation held by a pronoun inside what the same person says', () => {
    const q = quotesOf('Loretta Lynch spoke to students. Lynch said she recalled thinking, "This is what people have talked about for years."');
    expect(q).toEqual([{ text: 'This is what people have talked about for years.', speaker: 'Lynch', who: 'Loretta Lynch' }]);
  });

  it('does not carry a speaker into a quotation two paragraphs later', () => {
    const q = quotesOf('“We are ready to fight,” he said.\nThe talks stalled.\nOther news followed.\n“The bridge is closed to all traffic tonight.”');
    expect(q.map((x) => x.speaker)).toEqual(['he', null]);
  });
});
