import { describe, expect, it } from 'vitest';
import { claim, fig } from '../test-support/claims.js';
import { claimInterval } from './claim-interval.js';
import { judgePair } from './claim-pairs.js';
import { familyOf } from './claimant-family.js';
import { countryOfPlace } from './countries.js';
import { countedClass } from './counted-class.js';

describe('claimInterval: what a figure allows', () => {
  it.each([
    [fig(14000), 14000, 14000],
    [fig(15000, 'approx'), 13500, 16500],
    [fig(100, 'more_than'), 100, 150],
    [fig(1000, 'at_least'), 1000, 1500],
    [fig(4000, 'at_most'), 4000 / 1.5, 4000],
    [claim({ value: { low: 11000, high: 12000 }, qualifier: 'range' }), 11000, 12000],
    [claim({ value: { low: 1000, high: 10000 }, qualifier: 'vague' }), 1000, 10000],
  ])('%#', (c, low, high) => {
    expect(claimInterval(c)).toEqual({ low, high });
  });

  it('has none for a figure without a value', () => {
    expect(claimInterval(claim({ value: { low: null, high: null } }))).toBeNull();
  });
});

describe('judgePair: how two figures of one measure stand', () => {
  it('agree when the values they allow overlap', () => {
    expect(judgePair(fig(14000, 'exact', { doc: 'a' }), fig(15000, 'approx', { doc: 'b' })).relation).toBe('agree');
    expect(judgePair(fig(4000, 'at_most', { doc: 'a' }), fig(4000, 'approx', { doc: 'b' })).relation).toBe('agree');
  });

  it('conflict when they do not, from different families at the same time', () => {
    const j = judgePair(fig(600, 'approx', { doc: 'a', family: 'South Korea' }), fig(6000, 'approx', { doc: 'b', family: 'United Kingdom' }));
    expect(j.relation).toBe('conflict');
    expect(j.reason).toContain('South Korea');
    // "just over 100" is not "close to 600"
    expect(judgePair(fig(100, 'more_than', { doc: 'a' }), fig(600, 'approx', { doc: 'b' })).relation).toBe('conflict');
  });

  it('a vague word never contradicts', () => {
    expect(judgePair(claim({ value: { low: 1000, high: 10000 }, qualifier: 'vague', doc: 'a' }), fig(14000, 'exact', { doc: 'b' })).relation).toBe('loose');
  });

  it('different times: disjoint periods, or a lower count for a period before the other was said', () => {
    const nov = { text: 'in November 2024', span: { start: 0, end: 1 }, start: '2024-11-01', end: '2024-11-30' };
    const y2025 = { text: 'in 2025', span: { start: 0, end: 1 }, start: '2025-01-01', end: '2025-12-31' };
    expect(judgePair(fig(11000, 'exact', { doc: 'a', time: nov }), fig(3000, 'exact', { doc: 'b', time: y2025 })).relation).toBe('different_times');
    expect(judgePair(fig(11000, 'exact', { doc: 'a', time: nov }), fig(14000, 'exact', { doc: 'b' })).relation).toBe('different_times');
    // a higher count before is no growth: a conflict
    expect(judgePair(fig(20000, 'exact', { doc: 'a', time: nov }), fig(14000, 'exact', { doc: 'b' })).relation).toBe('conflict');
  });

  it('different places: each names another place, as a region and its country do', () => {
    const at = (text: string) => ({ text, span: { start: 0, end: 1 } });
    const j = judgePair(fig(14000, 'exact', { doc: 'a', place: at('Russia') }), fig(11000, 'exact', { doc: 'b', place: at('Kursk') }));
    expect(j).toEqual({ relation: 'different_places', reason: 'exact 14000 is for Russia, exact 11000 for Kursk' });
    expect(judgePair(fig(14000, 'exact', { doc: 'a', place: at('Russia') }), fig(11000, 'exact', { doc: 'b' })).relation).toBe('conflict');
  });

  it('revision: the same family, a new figure at a later date; without an order it stays a conflict', () => {
    const early = fig(600, 'approx', { doc: 'a', family: 'South Korea', asserted: { value: '2025-04-01', basis: 'document' } });
    const late = fig(2000, 'approx', { doc: 'b', family: 'South Korea', asserted: { value: '2025-09-01', basis: 'document' } });
    const j = judgePair(late, early);
    expect(j.relation).toBe('revision');
    expect(j.reason).toBe('South Korea gave approx 600 (2025-04-01), then approx 2000 (2025-09-01)');
    const window = fig(2000, 'approx', { doc: 'c', family: 'South Korea', asserted: { value: '2025-01-01', basis: 'inferred', earliest: '2025-01-01', latest: '2025-12-31' } });
    expect(judgePair(early, window).relation).toBe('conflict');
  });
});

describe('familyOf: the state or body a claimant speaks for', () => {
  const f = (text: string, name: string | null = null) => familyOf({ text, name });
  it.each([
    ['Seoul', 'South Korea'],
    ['South Korean lawmakers', 'South Korea'],
    ["South Korea's spy agency", 'South Korea'],
    ['the NIS', 'South Korea'],
    ['Pyongyang', 'North Korea'],
    ['KCNA', 'North Korea'],
    ['The British defence ministry', 'United Kingdom'],
    ['the Kremlin', 'Russia'],
    ['US officials', 'United States'],
    ['Western officials', 'the West'],
    ['Officials from South Korea, Ukraine and the United States', 'South Korea + Ukraine + United States'],
  ])('%s → %s', (text, family) => {
    expect(f(text)).toBe(family);
  });

  it('a person no state word places is a family by name; the outlet itself has none', () => {
    expect(f('he', 'Oleksandr Syrskyi')).toBe('Oleksandr Syrskyi');
    expect(f('Military analysts')).toBe('Military analysts');
    expect(familyOf(null)).toBeNull();
  });

  it('reads acronyms only in capitals', () => {
    expect(f('a source who told us')).toBe('source who told us');
    expect(f('sources in the US')).toBe('United States');
  });
});

describe('countryOfPlace', () => {
  it.each([
    ['Kursk', 'Russia'],
    ['Kursk Oblast', 'Russia'],
    ['Kursk region', 'Russia'],
    ['Moscow', 'Russia'],
    ['Donetsk', 'Ukraine'],
    ['Kyiv', 'Ukraine'],
    ['the Gaza Strip', 'Palestine'],
    ['Atlantis', null],
  ])('%s → %s', (place, country) => {
    expect(countryOfPlace(place)).toBe(country);
  });
});

describe('countedClass: what a figure counts, folded', () => {
  it.each([
    ['North Korean troops', 'deployed', 'troop'],
    ['soldiers', 'deployed', 'troop'],
    ['containers of weapons', 'supplied', 'container'],
    ['artillery shells', 'supplied', 'shell'],
    ['casualties', 'casualties', null],
    ['deaths', 'killed', null],
    [null, 'money', null],
  ] as const)('%s (%s) → %s', (counted, measure, cls) => {
    expect(countedClass(counted, measure)).toBe(cls);
  });
});
