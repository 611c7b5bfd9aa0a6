/**
 * The align stage on the sample corpus: the figures of the five reports in
 * measure groups with their status, the copied passages of 003 and 004, and
 * Kim Jong Un one entity under all his spellings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Group, Ledger } from '../src/ledger/schema.js';
import { analyzeKursk, reportId } from './kursk.js';

let ledger: Ledger;
let sources: Map<string, string>;

beforeAll(async () => {
  ({ ledger, sources } = await analyzeKursk());
});

const doc = (prefix: string) => reportId(ledger, prefix);
const find = (prefix: string, text: string): Claim => ledger.claims.find((c) => c.doc === doc(prefix) && c.text === text)!;
const groupOf = (c: Claim): Group => ledger.groups.find((g) => g.id === c.group)!;
const members = (g: Group) => g.claims.map((id) => ledger.claims.find((c) => c.id === id)!).map((c) => `${c.doc.slice(0, 3)} ${c.text}`);

describe('kursk-2025: figures side by side', () => {
  it('troops deployed: one group for every report\'s figure of troops sent, kept apart from the planned 25,000–30,000', () => {
    const g = groupOf(find('000', '14,000'));
    expect(members(g)).toEqual(expect.arrayContaining(['000 14,000', '001 some 15,000', '001 11,000', '002 around 11,000 to 12,000', '003 more than 10,000', '004 11,000']));
    const planned = groupOf(find('004', '25,000 to 30,000'));
    expect(planned.id).not.toBe(g.id);
    expect(planned.modality).toBe('planned');
    expect(g.apart).toContainEqual({ group: planned.id, reason: 'planned figures, not what was done' });
    // "including 3,000 dispatched earlier this year" is a part of the 14,000, not a rival figure
    const part = find('000', '3,000');
    expect(part.partOf).toBe(find('000', '14,000').id);
    expect(part.group).not.toBe(g.id);
  });

  it('killed: at least 1,000, around 600 and some 6,000 in conflict', () => {
    const g = groupOf(find('001', 'some 6,000'));
    expect(members(g).sort()).toEqual(['001 some 6,000', '002 at least 1,000', '003 Around 600']);
    expect(g.status).toBe('conflict');
    expect(g.pairs.filter((p) => p.relation === 'conflict')).toHaveLength(3);
  });

  it('casualties: as many as 4,000, just over 100 acknowledged by Pyongyang, close to 600, around 4,000 in conflict', () => {
    const g = groupOf(find('000', 'as many as 4,000'));
    expect(members(g).sort()).toEqual(['000 as many as 4,000', '001 close to 600', '001 just over 100', '004 around 4,000']);
    expect(g.status).toBe('conflict');
    expect(find('001', 'just over 100').family).toBe('North Korea');
    // the killed and the killed-or-wounded are not compared
    expect(g.id).not.toBe(groupOf(find('001', 'some 6,000')).id);
  });

  it('shells: millions and 9 million agree; the containers and launchers of the same shipments are counted apart', () => {
    const g = groupOf(find('004', '9 million'));
    expect(members(g).sort()).toEqual(['000 millions', '004 9 million']);
    expect(g.status).toBe('agree');
    expect(find('004', '9 million').corroboration).toEqual({ claimants: 2, outlets: 2, copies: 0 });
    expect(groupOf(find('004', 'over 15,000')).id).not.toBe(g.id);
  });

  it('claimant families: Seoul, South Korean lawmakers and South Korean estimates are one family, listed with its members', () => {
    expect(new Set([find('003', 'Around 600'), find('001', 'close to 600'), find('001', 'some 15,000')].map((c) => c.family))).toEqual(new Set(['South Korea']));
    const korea = ledger.families.find((f) => f.name === 'South Korea')!;
    expect(korea.members.map((m) => m.text)).toEqual(expect.arrayContaining(['Seoul', 'South Korean lawmakers', 'South Korean estimates', 'South Korean officials']));
    expect(korea.claims).toBe(korea.members.reduce((n, m) => n + m.claims, 0));
  });
});

describe('kursk-2025: copied text', () => {
  it('003 and 004 share their opening passages, and no other pair shares any', () => {
    expect(ledger.copies.map((c) => c.docs)).toEqual([[doc('003'), doc('004')]]);
    const [copy] = ledger.copies;
    expect(copy!.passages.length).toBeGreaterThanOrEqual(3);
    for (const p of copy!.passages) {
      expect(sources.get(copy!.docs[0])!.slice(p.a.start, p.a.end)).toBe(p.text);
      expect(p.words).toBeGreaterThanOrEqual(20);
    }
    expect(copy!.passages[0]!.text).toMatch(/^Russian President Vladimir Putin hailed North Korean troops/);
    expect(copy!.passages[0]!.a.start).toBeLessThan(200);
  });
});

describe('kursk-2025: entities', () => {
  it('"Kim Jong-un", "Kim Jong Un", "Kim Jon Un", "Mr. Kim" and "Mr Kim" are one entity', () => {
    const kim = ledger.entities.filter((e) => e.aliases.some((a) => /^Kim\b/.test(a)));
    expect(kim).toHaveLength(1);
    expect(kim[0]!.aliases).toEqual(expect.arrayContaining(['Kim Jong-un', 'Kim Jong Un', 'Kim Jon Un', 'Kim']));
    const texts = kim[0]!.mentions.map((m) => sources.get(m.doc)!.slice(m.span.start, m.span.end));
    expect(texts).toEqual(expect.arrayContaining(['Mr Kim', 'Mr. Kim']));
  });
});
