import { describe, expect, it } from 'vitest';
import { findLooseDate } from './loose-date.js';

const day = (text: string, order?: 'dmy' | 'mdy'): string | null => {
  const found = findLooseDate(text, order);
  return found ? `${found.date.year}-${String(found.date.month).padStart(2, '0')}-${String(found.date.day).padStart(2, '0')}` : null;
};

describe('findLooseDate', () => {
  it('reads year-first dates with any separator, time after it ignored', () => {
    expect(day('2020/10/04 15:05:21')).toBe('2020-10-04');
    expect(day('2020-08-25|00h23')).toBe('2020-08-25');
    expect(day('2020.3.4')).toBe('2020-03-04');
    expect(day('2020年07月12日')).toBe('2020-07-12');
  });

  it('reads day-first dates, and month-first ones where the page writes them so', () => {
    expect(day('21.09.2020')).toBe('2020-09-21');
    expect(day('09/21/2020')).toBe('2020-09-21');
    expect(day('04/05/2020', 'dmy')).toBe('2020-05-04');
    expect(day('04/05/2020', 'mdy')).toBe('2020-04-05');
    // a dotted date is day first whatever the convention
    expect(day('04.05.2020', 'mdy')).toBe('2020-05-04');
  });

  it('reads month names in English and other European languages', () => {
    expect(day('Posted on March 11, 2020 by admin')).toBe('2020-03-11');
    expect(day('11th Mar 2020')).toBe('2020-03-11');
    expect(day('duminică, 20 septembrie 2020')).toBe('2020-09-20');
    expect(day('2 de julio de 2020')).toBe('2020-07-02');
    expect(day('17. März 2020')).toBe('2020-03-17');
    expect(day('le 5 août 2020 à 10h')).toBe('2020-08-05');
  });

  it('gives where the date is written', () => {
    const text = 'Updated: 2020-10-04 15:05';
    const found = findLooseDate(text)!;
    expect(text.slice(found.index, found.index + found.length)).toBe('2020-10-04');
  });

  it('skips what is not a calendar date', () => {
    expect(day('2020-13-45')).toBeNull();
    expect(day('31.02.2020')).toBeNull();
    expect(day('call 1-800-555-2020')).toBeNull();
    expect(day('item 120200622120908039')).toBeNull();
    expect(day('Joined March 2007')).toBeNull();
  });
});
