/**
 * The attribution stage on the sample corpus: every figure the text attributes
 * has the right claimant, every quote its speaker (pronouns resolved), and
 * aliases of one person are one entity across the reports.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyLedgerSpans } from '../src/ledger/verify.js';
import type { Ledger } from '../src/ledger/schema.js';
import type { AnalyzeResult } from '../src/pipeline/analyze.js';
import { analyzeKursk, reportId } from './kursk.js';

let result: AnalyzeResult;
let ledger: Ledger;

beforeAll(async () => {
  ({ result, ledger } = await analyzeKursk());
});

const docId = (prefix: string) => reportId(ledger, prefix);
const claimant = (doc: string, text: string) => {
  const claims = ledger.claims.filter((c) => c.doc === docId(doc) && c.text === text);
  expect(claims, `${doc} “${text}”`).toHaveLength(1);
  const c = claims[0]!;
  return { claimant: c.claimant?.name ?? c.claimant?.text ?? null, via: c.via.map((v) => v.name ?? v.text) };
};

describe('kursk-2025: claimants', () => {
  it.each([
    ['000', '14,000', 'South Korean officials', []],
    ['001', 'some 6,000', 'British defence ministry', []],
    ['001', 'just over 100', 'Pyongyang', []],
    ['001', 'close to 600', 'South Korean lawmakers', []],
    ['002', 'around 11,000 to 12,000', 'Oleksandr Syrskyi', []],
    ['004', '60%', 'Ukrainian intelligence', []],
    ['004', 'approximately $200 million', 'South Korean intelligence', []],
    ['004', 'around 4,000', 'Ukrainian intelligence', ['Western officials']],
  ])('%s “%s” → %s', (doc, text, who, via) => {
    expect(claimant(doc, text)).toEqual({ claimant: who, via });
  });

  it('leaves figures the outlet states itself without a claimant', () => {
    expect(claimant('004', '25,000 to 30,000').claimant).toBeNull();
  });
});

describe('kursk-2025: quotes', () => {
  const speakerOf = (doc: string, start: string) => {
    const q = ledger.quotes.filter((x) => x.doc === docId(doc) && x.text.startsWith(start));
    expect(q, `${doc} “${start}”`).toHaveLength(1);
    return q[0]!.speaker?.name ?? null;
  };

  it('gives every quote of 001 to Kim Jong Un', () => {
    const quotes = ledger.quotes.filter((q) => q.doc === docId('001'));
    expect(quotes.length).toBeGreaterThanOrEqual(8);
    for (const q of quotes) expect(q.speaker?.name, q.text).toBe('Kim Jong Un');
  });

  it('gives "We will always honor …" to Putin, through "he"', () => {
    expect(speakerOf('000', 'We will always honor')).toBe('Vladimir V. Putin');
    expect(ledger.quotes.find((q) => q.text.startsWith('We will always honor'))!.speaker!.text).toBe('he');
  });

  it('gives "excellent soldiers" to Vyacheslav Volodin in both reports', () => {
    expect(speakerOf('003', 'excellent soldiers')).toBe('Vyacheslav Volodin');
    expect(speakerOf('004', 'excellent soldiers')).toBe('Vyacheslav Volodin');
  });

  it('keeps scare quotes and titles out', () => {
    expect(ledger.quotes.filter((q) => q.doc === docId('000')).map((q) => q.text)).not.toContain('heroic');
    expect(ledger.quotes.some((q) => q.text === 'Comprehensive Strategic Partnership')).toBe(false);
  });
});

describe('kursk-2025: entities and spans', () => {
  it('merges the spellings of Kim Jong Un across reports into one entity', () => {
    const kim = ledger.entities.filter((e) => e.aliases.some((a) => /^Kim Jong?[ -]?[Uu]n$/.test(a)));
    expect(kim).toHaveLength(1);
    expect(kim[0]!.aliases).toEqual(expect.arrayContaining(['Kim Jong-un', 'Kim Jong Un', 'Kim Jon Un']));
    expect(new Set(kim[0]!.mentions.map((m) => m.doc)).size).toBeGreaterThanOrEqual(4);
  });

  it('ties each claimant to its entity', () => {
    const c = ledger.claims.find((x) => x.text === 'around 11,000 to 12,000')!;
    const entity = ledger.entities.find((e) => e.id === c.claimant!.entity)!;
    expect(entity).toMatchObject({ name: 'Oleksandr Syrskyi', type: 'person' });
  });

  it('points every attribution, quote and claimant into its source', () => {
    const sources = new Map(result.docs.map((d) => [d.id, d.source]));
    expect(verifyLedgerSpans(ledger, (id) => sources.get(id))).toEqual([]);
    for (const a of ledger.attributions) {
      const source = sources.get(a.doc)!;
      if (a.source) expect(source.slice(a.source.span.start, a.source.span.end)).toBe(a.source.text);
      expect(a.content.spans.map((s) => source.slice(s.start, s.end)).join(' … ')).toBe(a.content.text);
    }
    for (const q of ledger.quotes) expect(sources.get(q.doc)!.slice(q.span.start, q.span.end)).toBe(q.text);
  });
});
