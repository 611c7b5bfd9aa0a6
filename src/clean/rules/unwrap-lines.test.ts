import { describe, expect, it } from 'vitest';
import { cleaned } from '../../test-support/docs.js';
import { splitLines } from '../lines.js';
import { unwrapLines, wrapWidth } from './unwrap-lines.js';

const wrapped = [
  'South Korean and Western intelligence agencies have said Pyongyang sent more than 10,000',
  'soldiers to Russia’s Kursk region in 2024, along with artillery shells, missiles and long-range',
  'rocket systems, according to officials who spoke on condition of anonymity to the State',
  'Duma delegation.',
  '',
  'Around 600 North Korean soldiers have been killed and thousands more wounded fighting for',
  'Russia, Seoul has said.',
].join('\n');

describe('clean/unwrap-lines', () => {
  it('recognises a hard-wrapped text and its width', () => {
    expect(wrapWidth(splitLines(wrapped))).toBeGreaterThan(80);
    expect(wrapWidth(splitLines('A short line.\nAnother line.\nA third one.'))).toBeNull();
  });

  it('joins lines broken inside sentences, including before a capital in a wrapped text', () => {
    const doc = cleaned(wrapped, [unwrapLines]);
    expect(doc.text).toBe(
      'South Korean and Western intelligence agencies have said Pyongyang sent more than 10,000 soldiers to Russia’s Kursk region in 2024, along with artillery shells, missiles and long-range rocket systems, according to officials who spoke on condition of anonymity to the State Duma delegation.\n\nAround 600 North Korean soldiers have been killed and thousands more wounded fighting for Russia, Seoul has said.',
    );
    // the joining space stands for the original line break
    const at = doc.text.indexOf('10,000 soldiers') + 6;
    expect(doc.map.spanToSource({ start: at, end: at + 1 })).toEqual({ start: wrapped.indexOf('\nsoldiers'), end: wrapped.indexOf('\nsoldiers') + 1 });
  });

  it('joins a title broken after a function word', () => {
    expect(cleaned(' Putin Hails North Korean Troops as\n‘Heroic’ in Letter to Kim', [unwrapLines]).text).toBe(' Putin Hails North Korean Troops as ‘Heroic’ in Letter to Kim');
  });

  it('keeps headings and paragraphs of an unwrapped text apart', () => {
    const text = [
      'The letter comes as North Korea plans to send more troops to assist Russia in its war against Ukraine, tripling its commitment.',
      'Russia’s highest-level acknowledgment of North Korean combat role',
      'In a letter marking the anniversary of Korea’s liberation from Japanese rule, Putin recalled how Soviet units fought.',
      'Hope for tariff breakthrough as White House confirms Trump to meet Xi',
    ].join('\n');
    expect(cleaned(text, [unwrapLines]).text).toBe(text);
  });

  it('never joins across a blank line', () => {
    const text = 'A paragraph that ends without punctuation because of the\n\nnext paragraph';
    expect(cleaned(text, [unwrapLines]).text).toBe(text);
  });
});
