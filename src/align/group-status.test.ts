import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../ledger/schema.js';
import { fig } from '../test-support/claims.js';
import { extendStanding, groupStanding, JUDGE_ALL_VOICES, voiceKey } from './group-status.js';

const FAMILIES = ['South Korea', 'Ukraine', 'United States', 'Russia', 'North Korea', ...Array.from({ length: 25 }, (_, i) => `body ${i}`)];
/** The i-th day of 2025 (and on), as a report's date. */
const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
const said = (i: number) => ({ asserted: { value: day(i), basis: 'document' as const } });

/** A claim of a large group: a few large families and many small ones, figures from a short list (so voices repeat), some open. */
const claimOf = fc.record({ doc: fc.nat(80), family: fc.double({ min: 0, max: 1, noNaN: true }), value: fc.constantFrom(600, 1000, 1100, 1200, 2000, 6000, 11000, 12000, 14000, 15000), open: fc.nat(12), date: fc.nat(60) });

function toClaims(raw: readonly { doc: number; family: number; value: number; open: number; date: number }[]): Claim[] {
  return raw.map((r, i) => {
    const family = r.family < 0.1 ? null : FAMILIES[Math.floor(FAMILIES.length * r.family ** 3)]!;
    const qualifier = r.open === 0 ? 'at_least' : r.open === 1 ? 'approx' : 'exact';
    return fig(r.value, qualifier, { id: `r${r.doc}:c${i}`, doc: `r${r.doc}`, family, ...said(r.date) });
  });
}

/** The standing after `added` joins `before`'s claims, judging the new claims alone (null where the extension declines). */
function extended(before: readonly Claim[], added: readonly Claim[]) {
  const base = groupStanding(before);
  const firstDoc = new Map<string, string>();
  for (const c of before) if (!firstDoc.has(voiceKey(c))) firstDoc.set(voiceKey(c), c.doc);
  const byId = new Map(before.map((c) => [c.id, c]));
  return extendStanding(base, base.state, added, (c) => firstDoc.get(voiceKey(c)), (id) => byId.get(id));
}

describe('extendStanding: a large group judged for its new claims alone', () => {
  it('gives what judging the whole group gives, or declines, for groups judged pair by pair and by their edges', () => {
    const taken = { pairwise: 0, edges: 0 };
    for (const size of [{ minLength: 2, maxLength: JUDGE_ALL_VOICES }, { minLength: JUDGE_ALL_VOICES + 60, maxLength: 400 }]) {
      fc.assert(
        fc.property(fc.array(claimOf, size), fc.double({ min: 0.5, max: 0.99, noNaN: true }), (raw, at) => {
          const claims = toClaims(raw);
          const cut = Math.floor(claims.length * at);
          const whole = groupStanding(claims);
          const grown = extended(claims.slice(0, cut), claims.slice(cut));
          if (grown === null) return;
          taken[groupStanding(claims.slice(0, cut)).state.voices <= JUDGE_ALL_VOICES ? 'pairwise' : 'edges']++;
          expect(grown).toEqual(whole);
        }),
        { numRuns: 150 },
      );
    }
    // the test means something only if many groups of either kind are extended, not judged anew
    expect(taken.pairwise).toBeGreaterThan(50);
    expect(taken.edges).toBeGreaterThan(50);
  });

  it('keeps the kept pairs and the count of those left out as one judgement would: conflicts first, the earlier ones first', () => {
    const many = Array.from({ length: JUDGE_ALL_VOICES + 100 }, (_, i) => fig(i % 2 === 0 ? 600 : 6000, 'exact', { id: `a${i}:c1`, doc: `a${i}`, family: i % 2 === 0 ? 'South Korea' : 'United Kingdom', ...said(i) }));
    const whole = groupStanding(many);
    expect(whole.pairsOmitted).toBeGreaterThan(0);
    const grown = extended(many.slice(0, JUDGE_ALL_VOICES + 10), many.slice(JUDGE_ALL_VOICES + 10));
    expect(grown).toEqual(whole);
  });

  it('declines where the new claims move an edge, or the group was judged pair by pair', () => {
    const many = Array.from({ length: JUDGE_ALL_VOICES + 10 }, (_, i) => fig(14000 + (i % 5), 'approx', { doc: `r${i}`, family: 'South Korea', ...said(i) }));
    expect(extended(many, [fig(600, 'exact', { doc: 'x', family: 'South Korea' })])).toBeNull();
    expect(extended(many, [fig(14002, 'approx', { doc: 'y', family: 'South Korea', ...said(400) })])).not.toBeNull();
    expect(extended(many.slice(0, JUDGE_ALL_VOICES), [fig(14002, 'approx', { doc: 'y', family: 'South Korea', ...said(400) })])).toBeNull();
  });

  it('counts a claim another report said first once, and a second claim of the first report again', () => {
    const many = Array.from({ length: JUDGE_ALL_VOICES + 10 }, (_, i) => fig(14000, 'approx', { doc: `r${i}`, family: `body ${i % 3}`, ...said(i) }));
    const same = many[0]!;
    const grown = extended(many, [{ ...same, id: 'z:c1', doc: 'z' }, { ...same, id: `${same.doc}:c9` }]);
    expect(grown!.state.voices).toBe(groupStanding(many).state.voices + 1);
    expect(grown).toEqual(groupStanding([...many, { ...same, id: 'z:c1', doc: 'z' }, { ...same, id: `${same.doc}:c9` }]));
  });
});
