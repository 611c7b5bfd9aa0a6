/**
 * The time stage on the sample corpus: weekdays resolved against the date the
 * text carries, publication dates inferred where none is given, periods read
 * with their prepositions, and the story's dated events once each.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../src/ledger/schema.js';
import { verifyLedgerSpans } from '../src/ledger/verify.js';
import { analyzeKursk, KURSK, reportId as docId } from './kursk.js';

let ledger: Ledger;
let sources: Map<string, string>;

beforeAll(async () => {
  ({ ledger, sources } = await analyzeKursk());
});

const timesOf = (l: Ledger, prefix: string) => l.times.filter((t) => t.doc === docId(l, prefix)).map((t) => [t.text, t.value]);

describe('kursk-2025: times', () => {
  it('000: weekdays count from the last update the page carries (Monday 2025-04-28), not from the day it was first published', () => {
    const times = timesOf(ledger, '000');
    expect(times).toContainEqual(['Monday', '2025-04-28']);
    expect(times).toContainEqual(['Saturday', '2025-04-26']);
    expect(times.slice(0, 2)).toEqual([
      ['April 27, 2025', '2025-04-27'],
      ['April 28, 2025, 5:55 a.m. ET', '2025-04-28T05:55-04:00'],
    ]);
  });

  it('001: no date line and no absolute date: dated by the treaty 004 dates, "June last year" is June 2024, written in 2025', () => {
    const doc = ledger.documents.find((d) => d.id.startsWith('001'))!;
    expect(doc.published).toEqual({ value: '2025-01-01', basis: 'inferred', earliest: '2025-01-01', latest: '2025-12-31' });
    const why = doc.messages.find((m) => m.rule === 'time/dated-by-other-reports')!;
    expect(why.reason).toContain(`“June last year” is the agreement of 2024-06 that ${docId(ledger, '004')} reports`);
    expect(doc.messages.map((m) => m.rule)).not.toContain('time/no-publication-date');
    expect(timesOf(ledger, '001')).toContainEqual(['June last year', '2024-06']);
    // the window cannot tell August 2024 from August 2025, nor which Thursday: they stay open
    expect(timesOf(ledger, '001')).toContainEqual(['August', 'XXXX-08']);
    expect(timesOf(ledger, '001')).toContainEqual(['Thursday', 'XXXX-XX-XX']);
    // its claims were made some time in that window, and say so
    const lawmakers = ledger.claims.find((c) => c.doc === doc.id && c.text === 'close to 600')!;
    expect(lawmakers.asserted).toEqual({ value: '2025-01-01', basis: 'inferred', earliest: '2025-01-01', latest: '2025-12-31' });
  });

  it('003: written after every date it mentions, within the year the treaty and the April confirmation allow', () => {
    const doc = ledger.documents.find((d) => d.id.startsWith('003'))!;
    expect(doc.published).toMatchObject({ basis: 'inferred', earliest: '2025-04-01', latest: '2025-12-31' });
    const own = ledger.times.filter((t) => t.doc === doc.id && t.period && t.type === 'date');
    expect(own.map((t) => [t.text, t.value])).toEqual(expect.arrayContaining([['last year', '2024'], ['April', '2025-04']]));
    for (const t of own) expect(t.period!.start <= '2025-04-01').toBe(true);
  });

  it('004: its content alone gives a lower bound after every past event it mentions', () => {
    const doc = ledger.documents.find((d) => d.id.startsWith('004'))!;
    expect(doc.published).toMatchObject({ basis: 'inferred', earliest: '2025-04-01' });
    expect(doc.published?.latest).toBeUndefined();
    for (const e of ledger.events.filter((x) => x.doc === doc.id && x.date.start !== null)) expect(e.date.start! <= '2025-04-01').toBe(true);
  });

  it('004: "since September 2023" is a period starting 2023-09 for the claims it dates', () => {
    const shells = ledger.claims.find((c) => c.doc === docId(ledger, '004') && c.text === '9 million')!;
    expect(shells.time).toMatchObject({ text: 'since September 2023', start: '2023-09-01' });
    const t = ledger.times.find((x) => x.doc === docId(ledger, '004') && x.text === 'September 2023')!;
    expect(t).toMatchObject({ value: '2023-09', signal: { relation: 'since', text: 'since' } });
  });

  it('000: the figure of "as many as 4,000 … since last year" runs from 2024 to the page date', () => {
    const c = ledger.claims.find((x) => x.doc === docId(ledger, '000') && x.text === 'as many as 4,000')!;
    expect(c.time).toMatchObject({ text: 'since last year', start: '2024-01-01', end: '2025-04-28' });
    expect(c.asserted).toEqual({ value: '2025-04-28', basis: 'document' });
  });

  it('events: the June 2024 treaty, the November 2024 deployment and the April 2025 confirmation, each once', () => {
    const find = (kind: string, month: string) => ledger.events.filter((e) => e.kind === kind && e.date.start !== null && e.date.start.startsWith(month));
    expect(find('agreement', '2024-06')).toHaveLength(1);
    const deployment = find('deployment', '2024-11');
    expect(deployment).toHaveLength(1);
    // 003's "sent … in 2024" is the same deployment, said less precisely
    expect(deployment[0]!.mentions.map((m) => m.doc)).toContain(docId(ledger, '003'));
    expect(find('confirmation', '2025-04')).toHaveLength(1);
  });

  it('every time and event span is the source text it claims to be', () => {
    expect(ledger.times.length).toBeGreaterThan(30);
    expect(ledger.events.length).toBeGreaterThan(5);
    expect(verifyLedgerSpans(ledger, (id) => sources.get(id))).toEqual([]);
    for (const t of ledger.times) expect(sources.get(t.doc)!.slice(t.span.start, t.span.end)).toBe(t.text);
    for (const e of ledger.events) expect(sources.get(e.doc)!.slice(e.date.span.start, e.date.span.end)).toBe(e.date.text);
  });
});

describe('kursk-2025 with a manifest date for 001 (2025-10-23)', () => {
  let dated: Ledger;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tally-time-'));
    const manifest = path.join(dir, 'sources.json');
    writeFileSync(manifest, JSON.stringify([{ file: path.join(KURSK, '001_c375639ba006c2fc.txt'), published: '2025-10-23' }]));
    dated = (await analyzeKursk({ manifest })).ledger;
  });

  it('"In June last year" is June 2024, and the treaty it speaks of is the one 004 dates June 2024', () => {
    expect(timesOf(dated, '001')).toContainEqual(['June last year', '2024-06']);
    expect(timesOf(dated, '001')).toContainEqual(['August', '2025-08']);
    const treaty = dated.events.filter((e) => e.kind === 'agreement' && e.date.start?.startsWith('2024-06'));
    expect(treaty).toHaveLength(1);
    // 002 and 003 say "last year": each is dated to 2025 by 004's treaty, and the treaty is one event across all four
    expect([treaty[0]!.doc, ...treaty[0]!.mentions.map((m) => m.doc)].sort()).toEqual(['001', '002', '003', '004'].map((p) => docId(dated, p)));
    expect(dated.documents.find((d) => d.id.startsWith('001'))!.published).toMatchObject({ value: '2025-10-23', basis: 'manifest' });
  });
});
