import { describe, expect, it } from 'vitest';
import { cleaned } from '../../test-support/docs.js';
import { boilerplateLine } from './boilerplate-line.js';
import { creditLine } from './credit-line.js';
import { invisibleChars } from './invisible-chars.js';
import { lineEndings } from './line-endings.js';
import { whitespace } from './whitespace.js';

describe('clean/line-endings', () => {
  it('turns CRLF and CR into LF and maps each LF to its source', () => {
    const doc = cleaned('one\r\ntwo\rthree', [lineEndings]);
    expect(doc.text).toBe('one\ntwo\nthree');
    expect(doc.map.spanToSource({ start: 3, end: 4 })).toEqual({ start: 4, end: 5 }); // the LF of CRLF
    expect(doc.map.spanToSource({ start: 4, end: 7 })).toEqual({ start: 5, end: 8 });
  });
});

describe('clean/invisible-chars', () => {
  it('removes zero-width and direction marks inside numbers and names, and says so', () => {
    const source = 'about 4\u200b000 troops led by Kim\u200fJong Un\u0000';
    const doc = cleaned(source, [invisibleChars]);
    expect(doc.text).toBe('about 4000 troops led by KimJong Un');
    const at = doc.text.indexOf('4000');
    expect(source.slice(doc.map.toSource(at), doc.map.toSource(at + 4, 'end'))).toBe('4\u200b000');
    expect(doc.messages.map((m) => m.severity).sort()).toEqual(['info', 'warning']);
  });
});

describe('clean/boilerplate-line', () => {
  it.each(['Advertisement', 'Story continues below advertisement', 'Listen to this article 5 min', 'Share this article', 'Follow us on Telegram'])('removes %s', (line) => {
    expect(cleaned(`First.\n${line}\nSecond.`, [boilerplateLine]).text).toBe('First.\nSecond.');
  });

  it.each(['Advertisements for recruits appeared in Pyongyang.', 'Share prices fell.', 'Comments by the minister drew criticism.'])('keeps %s', (line) => {
    const text = `First.\n${line}\nSecond.`;
    expect(cleaned(text, [boilerplateLine]).text).toBe(text);
  });
});

describe('clean/credit-line', () => {
  it.each([
    'Reporting by Hyonhee Shin; Editing by Ed Davies',
    'Reporting by Hyonhee Shin in Seoul; Additional reporting by Guy Faulconbridge in Moscow; Editing by Ed Davies',
    '(Additional reporting by Jane Doe and John Roe)',
  ])('removes the credit line %s', (line) => {
    const doc = cleaned(`The army withdrew.\n${line}`, [creditLine]);
    expect(doc.text).toBe('The army withdrew.');
  });

  it('keeps sentences that mention reporting', () => {
    const text = 'The army withdrew.\nReporting by state media could not be verified, officials said.';
    expect(cleaned(text, [creditLine]).text).toBe(text);
  });
});

describe('clean/whitespace', () => {
  it('trims lines, collapses spaces and blank lines, and keeps the source newlines', () => {
    const source = '\n\n  First  line \t\n\n\n\nSecond\tline  \n  ';
    const doc = cleaned(source, [whitespace]);
    expect(doc.text).toBe('First line\n\nSecond line');
    const nl = doc.text.indexOf('\n');
    expect(source.slice(doc.map.toSource(nl), doc.map.toSource(nl + 1, 'end'))).toBe('\n');
  });

  it('keeps no-break spaces that group digits, and drops them at line edges', () => {
    expect(cleaned('4\u00a0000 troops', [whitespace]).text).toBe('4\u00a0000 troops');
    expect(cleaned('\u00a0Headline\u2009\n\u3000Text', [whitespace]).text).toBe('Headline\nText');
  });
});
