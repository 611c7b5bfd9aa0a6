import { describe, expect, it } from 'vitest';
import { prepared } from '../../test-support/docs.js';
import { fingerprint, SHINGLE_WORDS } from './index.js';

const printOf = (source: string) => fingerprint(prepared(source));
const wordsOf = (source: string) => {
  const p = printOf(source);
  return Array.from(p.starts, (s, i) => source.slice(s, p.ends[i]));
};

describe('fingerprint', () => {
  it('spans every word and number in the source, leaving punctuation out', () => {
    const source = 'Some 11,000 troops — "the first wave" — were sent, officials said.';
    expect(wordsOf(source)).toEqual(['Some', '11,000', 'troops', 'the', 'first', 'wave', 'were', 'sent', 'officials', 'said']);
  });

  it('spans the source, not the clean text, where cleaning joined a broken line', () => {
    const source = 'The ministry said North Korea had sent about 11,000 sol-\ndiers to the Kursk region last autumn.';
    const p = printOf(source);
    const at = Array.from(p.starts).findIndex((s) => source.startsWith('sol', s));
    expect(source.slice(p.starts[at], p.ends[at])).toBe('sol-\ndiers');
  });

  it('has one hash per run of SHINGLE_WORDS words, none for a shorter text', () => {
    expect(printOf('one two three four five six seven eight nine ten').hashes).toHaveLength(10 - SHINGLE_WORDS + 1);
    expect(printOf('Too short to copy.').hashes).toHaveLength(0);
  });

  it('hashes the same words alike whatever their case, apostrophes and punctuation', () => {
    const a = printOf('Officials said the troops’ losses in Kursk were heavy, and rising.');
    const b = printOf("OFFICIALS SAID: the troops' losses in Kursk were heavy; and rising!");
    expect(Array.from(b.hashes)).toEqual(Array.from(a.hashes));
  });

  it('hashes accented and non-Latin words by their lower-case form', () => {
    const a = printOf('Le ministère a déclaré que les soldats nord-coréens étaient à Koursk.');
    const b = printOf('LE MINISTÈRE A DÉCLARÉ QUE LES SOLDATS NORD-CORÉENS ÉTAIENT À KOURSK.');
    expect(Array.from(b.hashes)).toEqual(Array.from(a.hashes));
    expect(a.hashes.length).toBeGreaterThan(0);
  });

  it('finds a shared run at its place in each text, and loses every shingle that holds a changed word', () => {
    const shared = 'North Korea sent about eleven thousand soldiers to fight in the Kursk region of Russia';
    const a = printOf(`Seoul said on Monday that ${shared}.`);
    const b = printOf(`Intelligence agencies believe ${shared}, a report says.`);
    const ha = Array.from(a.hashes);
    const hb = Array.from(b.hashes);
    const common = ha.filter((h) => hb.includes(h));
    // the shared run has 15 words: 15 − 8 + 1 shingles in common, and none other
    expect(common).toHaveLength(15 - SHINGLE_WORDS + 1);
    expect(ha.indexOf(common[0]!)).toBe(5);
    expect(hb.indexOf(common[0]!)).toBe(3);
    // "soldiers" is the shared run's 7th word: of its 8 shingles, only the last, "to fight … Russia", leaves it out
    const changed = printOf(`Seoul said on Monday that ${shared.replace('soldiers', 'troops')}.`);
    expect(Array.from(changed.hashes).filter((h) => hb.includes(h))).toEqual([common.at(-1)]);
  });

  it('tells apart shingles that differ in one word or in word order', () => {
    const hashes = [
      'alpha beta gamma delta epsilon zeta eta theta',
      'alpha beta gamma delta epsilon zeta eta iota',
      'beta alpha gamma delta epsilon zeta eta theta',
      'alphabeta gamma delta epsilon zeta eta theta iota',
    ].map((s) => printOf(s).hashes[0]);
    expect(new Set(hashes).size).toBe(4);
    for (const h of hashes) expect(Number.isSafeInteger(h)).toBe(true);
  });
});
