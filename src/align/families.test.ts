import { describe, expect, it } from 'vitest';
import type { Claim } from '../ledger/schema.js';
import { claimantFamilies } from './families.js';

function claim(family: string | null, text: string, name: string | null = null): Claim {
  return { family, claimant: { text, span: { start: 0, end: text.length }, entity: null, name } } as Pick<Claim, 'family' | 'claimant'> as Claim;
}

describe('claimantFamilies', () => {
  it('lists each family with its members as written (or by entity name), counting the claims of each, largest family first', () => {
    const families = claimantFamilies([
      claim('South Korea', 'Seoul'),
      claim('South Korea', 'South Korean lawmakers'),
      claim('South Korea', 'the NIS', "National Intelligence Service"),
      claim('Ukraine', 'Kyiv'),
      claim('South Korea', 'Seoul'),
      claim(null, 'a witness'),
    ]);
    expect(families.map((f) => [f.name, f.claims])).toEqual([
      ['South Korea', 4],
      ['Ukraine', 1],
    ]);
    expect(families[0]!.members.map((m) => [m.text, m.claims])).toEqual([
      ['Seoul', 2],
      ['South Korean lawmakers', 1],
      ['National Intelligence Service', 1],
    ]);
  });

  it('keeps thousands of spellings of one family, each counted once, in the order first seen', () => {
    const claims = Array.from({ length: 20_000 }, (_, i) => claim('Ukraine', `official ${i % 5000}`));
    const [family] = claimantFamilies(claims);
    expect(family!.members).toHaveLength(5000);
    expect(family!.members.every((m) => m.claims === 4)).toBe(true);
    expect(family!.members[4999]!.text).toBe('official 4999');
  });
});
