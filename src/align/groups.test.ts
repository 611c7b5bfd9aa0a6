import { describe, expect, it } from 'vitest';
import type { LedgerDocument } from '../ledger/schema.js';
import { claim, fig } from '../test-support/claims.js';
import { findCopies } from './copies.js';
import { groupStanding, JUDGE_ALL_VOICES } from './group-status.js';
import { groupClaims } from './groups.js';

const docs = (...ids: string[]) => ids.map((id) => ({ id, outlet: null }) as unknown as LedgerDocument);

describe('groupClaims: figures that measure the same thing', () => {
  it('puts troops and soldiers of one measure together, and keeps planned figures, parts and other counts apart with the reason', () => {
    const deployed = fig(14000, 'exact', { id: 'a:c1', doc: 'a', family: 'South Korea' });
    const part = fig(3000, 'exact', { id: 'a:c2', doc: 'a', family: 'South Korea', partOf: 'a:c1' });
    const soldiers = fig(15000, 'approx', { id: 'b:c1', doc: 'b', family: 'South Korea', counted: { text: 'North Korean soldiers', span: { start: 0, end: 1 } } });
    const planned = fig(25000, 'exact', { id: 'c:c1', doc: 'c', modality: 'planned' });
    const containers = fig(15000, 'more_than', { id: 'c:c2', doc: 'c', measure: 'deployed', unit: 'container', counted: { text: 'containers of weapons', span: { start: 0, end: 1 } } });
    const { groups, claims } = groupClaims([deployed, part, soldiers, planned, containers], docs('a', 'b', 'c'), []);
    const groupOf = (id: string) => groups.find((g) => g.id === claims.find((c) => c.id === id)!.group)!;
    expect(groupOf('a:c1').claims).toEqual(['a:c1', 'b:c1']);
    expect(groupOf('a:c1')).toMatchObject({ measure: 'deployed', counted: 'troop', unit: 'person', modality: 'done', status: 'agree', low: 14000, high: 15000 });
    expect(groupOf('a:c1').apart).toEqual([
      { group: groupOf('a:c2').id, reason: '3000 is a part of 14000'.replace('3000', part.text).replace('14000', deployed.text) },
      { group: groupOf('c:c1').id, reason: 'planned figures, not what was done' },
      { group: groupOf('c:c2').id, reason: 'in container, not person; counts container, not troop' },
    ]);
  });

  it('keeps figures about places in different countries apart, and puts a region with its country', () => {
    const at = (text: string) => ({ text, span: { start: 0, end: 1 } });
    const russia = fig(14000, 'exact', { id: 'a:c1', doc: 'a', place: at('Russia') });
    const kursk = fig(11000, 'exact', { id: 'b:c1', doc: 'b', place: at('Kursk') });
    const nowhere = fig(15000, 'approx', { id: 'c:c1', doc: 'c' });
    const ukraine = fig(1000, 'exact', { id: 'd:c1', doc: 'd', place: at('Donetsk') });
    const { groups } = groupClaims([russia, kursk, nowhere, ukraine], docs('a', 'b', 'c', 'd'), []);
    expect(groups.map((g) => [g.country, g.claims])).toEqual([
      ['Russia', ['a:c1', 'b:c1', 'c:c1']],
      ['Ukraine', ['d:c1']],
    ]);
    expect(groups[0]!.apart).toEqual([{ group: groups[1]!.id, reason: 'about Ukraine, not Russia' }]);
    expect(groups[0]!.pairs.find((p) => p.a === 'a:c1' && p.b === 'b:c1')!.relation).toBe('different_places');
  });

  it('lets a figure whose count only the measure says join the group of its measure', () => {
    const troops = fig(4000, 'at_most', { doc: 'a', measure: 'casualties' });
    const casualties = fig(600, 'approx', { doc: 'b', measure: 'casualties', counted: { text: 'casualties', span: { start: 0, end: 1 } } });
    const { groups } = groupClaims([troops, casualties], docs('a', 'b'), []);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.status).toBe('conflict');
  });

  it('gives every claim its corroboration, and does not count a report that only copies it', () => {
    const words = 'the ministry said on tuesday that about fourteen thousand troops had been sent to the front since the autumn and that more would follow in the coming weeks according to officials';
    const a = fig(14000, 'exact', { id: 'a:c1', doc: 'a', family: 'South Korea', span: { start: 10, end: 20 } });
    const b = fig(14000, 'exact', { id: 'b:c1', doc: 'b', family: 'South Korea', span: { start: 10, end: 20 } });
    const c = fig(15000, 'approx', { id: 'c:c1', doc: 'c', family: 'the West' });
    const print = (n: number) => {
      const list = words.split(' ');
      return { starts: Int32Array.from(list.map((_, i) => i * 5)), ends: Int32Array.from(list.map((_, i) => i * 5 + 4)), hashes: Float64Array.from(list.slice(0, list.length - 7).map((_, i) => n + i)) };
    };
    const copies = findCopies([{ doc: 'a', print: print(0) }, { doc: 'b', print: print(0) }]);
    expect(copies).toHaveLength(1);
    const { claims } = groupClaims([a, b, c], docs('a', 'b', 'c'), copies);
    expect(claims.find((x) => x.id === 'a:c1')!.corroboration).toEqual({ claimants: 2, outlets: 2, copies: 1 });
    expect(claims.find((x) => x.id === 'c:c1')!.corroboration).toEqual({ claimants: 2, outlets: 3, copies: 0 });
  });
});

describe('groupStanding: the status of a group', () => {
  const sk = { family: 'South Korea' };
  it.each([
    ['single: one source', [fig(600, 'exact', { doc: 'a' })], 'single'],
    ['single: two figures of one report and one claimant are two quantities', [fig(60, 'exact', { doc: 'a', ...sk }), fig(30, 'exact', { doc: 'a', ...sk })], 'single'],
    ['agree', [fig(14000, 'exact', { doc: 'a' }), fig(15000, 'approx', { doc: 'b' })], 'agree'],
    ['conflict', [fig(600, 'approx', { doc: 'a', ...sk }), fig(6000, 'approx', { doc: 'b', family: 'United Kingdom' })], 'conflict'],
    [
      'revised',
      [fig(600, 'approx', { doc: 'a', ...sk, asserted: { value: '2025-04-01', basis: 'document' } }), fig(2000, 'approx', { doc: 'b', ...sk, asserted: { value: '2025-09-01', basis: 'document' } })],
      'revised',
    ],
    [
      'mixed',
      [
        fig(600, 'approx', { doc: 'a', ...sk, asserted: { value: '2025-04-01', basis: 'document' } }),
        fig(2000, 'approx', { doc: 'b', ...sk, asserted: { value: '2025-09-01', basis: 'document' } }),
        fig(6000, 'approx', { doc: 'c', family: 'United Kingdom', asserted: { value: '2025-10-01', basis: 'document' } }),
      ],
      'mixed',
    ],
  ] as const)('%s', (_, claims, status) => {
    expect(groupStanding(claims).status).toBe(status);
  });

  it('keeps only the pairs that do not simply agree, conflicts first', () => {
    const { pairs } = groupStanding([fig(14000, 'exact', { doc: 'a' }), fig(15000, 'approx', { doc: 'b' }), claim({ doc: 'c', value: { low: 1000, high: 10000 }, qualifier: 'vague' }), fig(6000, 'exact', { doc: 'd' })]);
    expect(pairs.map((p) => p.relation)).toEqual(['conflict', 'conflict', 'loose', 'loose']);
  });

  it('in a group of more voices than it judges one by one, still finds the conflict at a family\'s edge', () => {
    const many = Array.from({ length: JUDGE_ALL_VOICES + 50 }, (_, i) => fig(14000 + i, 'approx', { doc: `r${i}`, family: 'South Korea' }));
    expect(groupStanding(many).status).toBe('agree');
    const rival = fig(600, 'exact', { doc: 'x', family: 'North Korea' });
    const standing = groupStanding([...many, rival]);
    expect(standing.status).toBe('conflict');
    expect(standing.pairs.length + standing.pairsOmitted).toBeGreaterThan(0);
  });
});
