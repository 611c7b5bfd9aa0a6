import { describe, expect, it } from 'vitest';
import { createDoc } from '../../core/doc.js';
import { toClaims } from '../../ledger/claims.js';
import { defaultConfiguration } from '../../pipeline/configuration.js';
import { processDoc } from '../../pipeline/process-doc.js';

const placesOf = (source: string): [string, string | null][] => {
  const analysis = processDoc(createDoc({ id: 'd', input: 'd.txt', kind: 'text', sha256: '', encoding: 'utf-8', source }), defaultConfiguration());
  return toClaims(analysis).map((c) => {
    if (c.place) expect(source.slice(c.place.span.start, c.place.span.end)).toBe(c.place.text);
    return [c.text, c.place?.text ?? null];
  });
};

describe('figurePlace: the place a figure is about', () => {
  it.each([
    ['The ministry said 11,000 troops were initially sent to Kursk.', '11,000', 'Kursk'],
    ['Around 4,000 soldiers were killed or injured in Kursk Oblast.', 'Around 4,000', 'Kursk Oblast'],
    ["Pyongyang sent more than 10,000 soldiers to Russia's Kursk region in 2024.", 'more than 10,000', 'Kursk'],
    ['In Kharkiv, 12 people were killed overnight.', '12', 'Kharkiv'],
    ['Some 300 residents were evacuated from Belgorod.', 'Some 300', 'Belgorod'],
  ])('%s', (text, figure, place) => {
    expect(placesOf(text)).toContainEqual([figure, place]);
  });

  it('a side is not a place, nor a source, nor a possessive that names no place', () => {
    expect(placesOf('Some 6,000 North Korean soldiers died fighting against Ukraine.')).toEqual([['Some 6,000', null]]);
    expect(placesOf('Around 600 soldiers have been killed fighting for Russia, Seoul has said.')).toEqual([['Around 600', null]]);
    expect(placesOf('Officials from South Korea and Ukraine have said as many as 4,000 troops were killed.')).toEqual([['as many as 4,000', null]]);
    expect(placesOf("Troops fought in Russia's war, even after Kyiv paraded two soldiers it had captured.")).toEqual([['two', null]]);
  });

  it('each figure takes the place of its own stretch: "14,000 … to Russia, including 3,000 …"', () => {
    expect(placesOf('North Korea has sent 14,000 troops to Russia, including 3,000 dispatched earlier this year.')).toEqual([
      ['14,000', 'Russia'],
      ['3,000', null],
    ]);
  });
});
