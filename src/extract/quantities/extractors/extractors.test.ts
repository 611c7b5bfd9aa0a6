import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../../test-support/figures.js';
import { wordsValue } from '../lexicon/numbers.js';
import { parseDigits } from './digits.js';

const values = (text: string) => figuresOf(text).filter((f) => f.role !== 'excluded').map((f) => [f.text, f.low, f.high]);

describe('digits', () => {
  it.each([
    ['1,000', 1000],
    ['4605', 4605],
    ['1.5', 1.5],
    ['1.000.000', 1000000],
    ['1,5', 1.5],
    ['.001', 0.001],
  ])('parses %s', (text, value) => {
    expect(parseDigits(text)).toBe(value);
  });

  it('reads separators, space groups, signs and scales', () => {
    expect(values('They sent 2 000 troops.')).toEqual([['2 000', 2000, 2000]]);
    expect(values('They sent 4\u00a0605 troops.')).toEqual([['4\u00a0605', 4605, 4605]]);
    expect(values('Temperatures fell to -30 degrees.')[0]).toEqual(['-30 degrees', -30, -30]);
    expect(values('It cost 1.5bn euros.')[0]).toEqual(['1.5bn euros', 1.5e9, 1.5e9]);
    expect(values('They paid $200m in cash.')[0]).toEqual(['$200m', 2e8, 2e8]);
    expect(values('North Korea supplied 9 million shells.')[0]).toEqual(['9 million', 9e6, 9e6]);
    expect(values('The fund holds 30k accounts.')[0]).toEqual(['30k', 3e4, 3e4]);
  });

  it('reads written fractions and mixed numbers as values', () => {
    expect(figuresOf('The recipe needs 1/2 pound of chocolate.')[0]).toMatchObject({ text: '1/2 pound', low: 0.5, unit: 'lb' });
    expect(figuresOf('Add ½ teaspoon of salt.')[0]).toMatchObject({ text: '½ teaspoon', low: 0.5, unit: 'tsp' });
    expect(figuresOf('It takes more than 10 1/2 miles of cable.')[0]).toMatchObject({ low: 10.5, unit: 'mi', qualifier: 'more_than' });
    expect(figuresOf('One ounce is 1⁄32 of a US quart.').find((f) => f.low === 1 / 32)).toMatchObject({ unit: 'qt' });
    expect(figuresOf('The shop is open 24/7.').filter((f) => f.role === 'claim')).toEqual([]);
  });

  it('reads a glued "m" as millions before a noun and as metres otherwise', () => {
    expect(values('It has 35m of its devices in use.')[0]).toEqual(['35m', 35e6, 35e6]);
    expect(figuresOf('The wall is 25m tall.')[0]).toMatchObject({ text: '25m', low: 25, unit: 'm' });
  });
});

describe('number words', () => {
  it.each([
    [['twenty-five', 'thousand'], 25000],
    [['three', 'hundred', 'and', 'fifty'], 350],
    [['one', 'and', 'a', 'half', 'million'], 1.5e6],
    [['a', 'dozen'], 12],
    [['a', 'million'], 1e6],
    [['two', 'hundred', 'thousand'], 200000],
  ])('values %j', (words, value) => {
    expect(wordsValue(words)).toBe(value);
  });

  it('finds figures written in words', () => {
    expect(values('Some twenty-five thousand people marched.')[0]).toEqual(['Some twenty-five thousand', 25000, 25000]);
    expect(values('Half a million people were displaced.')[0]).toEqual(['Half a million', 5e5, 5e5]);
    expect(values('Exports grew sixfold.')[0]).toEqual(['sixfold', 6, 6]);
  });
});

describe('vague quantities', () => {
  it.each([
    ['Dozens of people were killed.', 'Dozens', 12, 120],
    ['Tens of thousands fled the city.', 'Tens of thousands', 1e4, 1e5],
    ['Hundreds of launchers were shipped.', 'Hundreds', 100, 1000],
    ['Millions of shells were provided.', 'Millions', 1e6, 1e7],
    ['Several hundred soldiers were captured.', 'Several hundred', 300, 900],
  ])('%s', (text, figure, low, high) => {
    expect(figuresOf(text)[0]).toMatchObject({ text: figure, low, high, qualifier: 'vague' });
  });

  it('keeps "scores" of a match out', () => {
    expect(figuresOf('The team scores again.')).toEqual([]);
  });
});

describe('fractions', () => {
  it.each([
    ['Over half of the troops were killed.', 'Over half', 50, null, 'more_than'],
    ['A third of the population fled.', 'A third', 100 / 3, 100 / 3, 'exact'],
    ['Two-thirds of the shells were North Korean.', 'Two-thirds', 200 / 3, 200 / 3, 'exact'],
    ['One in five soldiers deserted.', 'One in five', 20, 20, 'exact'],
  ])('%s', (text, figure, low, high, qualifier) => {
    const f = figuresOf(text)[0]!;
    expect(f).toMatchObject({ text: figure, qualifier, unit: 'percent', measure: 'share' });
    expect(f.low).toBeCloseTo(low as number);
    if (high === null) expect(f.high).toBeNull();
    else expect(f.high).toBeCloseTo(high as number);
  });

  it.each(['The third day of fighting began.', 'In the second half of the year.', 'He scored in the first half.'])('finds no fraction in %s', (text) => {
    expect(figuresOf(text).filter((f) => f.unit === 'percent')).toEqual([]);
  });
});
