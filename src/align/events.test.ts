import { describe, expect, it } from 'vitest';
import { docExtract } from '../ledger/doc-extract.js';
import type { LedgerEvent } from '../ledger/schema.js';
import { defaultConfiguration } from '../pipeline/configuration.js';
import { analyseRaw } from '../store/raw-report.js';
import { syntheticCorpus } from '../test-support/synthetic-corpus.js';
import { mergeEvents } from './events.js';

/** The merge as first written: every event compared with every merged one. What the indexed merge must give. */
function mergeEveryPair(events: readonly LedgerEvent[]): LedgerEvent[] {
  const compatible = (a: LedgerEvent['date'], b: LedgerEvent['date']) =>
    !/X/.test(a.value) && !/X/.test(b.value) && !!a.start && !!a.end && !!b.start && !!b.end && ((a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end));
  const merged: LedgerEvent[] = [];
  for (const e of events) {
    const same = e.kind ? merged.find((m) => m.kind === e.kind && compatible(m.date, e.date)) : undefined;
    if (!same) merged.push({ ...e, mentions: [...e.mentions] });
    else if (e.date.value.length > same.date.value.length) Object.assign(same, { ...e, mentions: [{ doc: same.doc, span: same.span, text: same.summary }, ...same.mentions] });
    else same.mentions.push({ doc: e.doc, span: e.span, text: e.summary });
  }
  return merged.sort((a, b) => (a.date.start ?? '9999').localeCompare(b.date.start ?? '9999'));
}

function event(doc: string, kind: string | null, value: string, start: string | null, end: string | null): LedgerEvent {
  const span = { start: 0, end: 1 };
  return { id: `${doc}:v`, doc, kind, summary: `${kind} in ${doc}`, span, date: { text: value, span, value, start, end }, mentions: [] };
}

describe('mergeEvents', () => {
  it('merges one happening across reports, the most precise date leading, and leaves undated or unkinded events alone', () => {
    const merged = mergeEvents([
      event('a', 'signing', '2024-06', '2024-06-01', '2024-06-30'),
      event('b', 'signing', 'XXXX-06', null, null),
      event('c', 'signing', '2024-06-19', '2024-06-19', '2024-06-19'),
      event('d', null, '2024-06-19', '2024-06-19', '2024-06-19'),
      event('e', 'signing', '2024', '2024-01-01', '2024-12-31'),
      event('f', 'attack', '2024-06-19', '2024-06-19', '2024-06-19'),
    ]);
    const signing = merged.find((m) => m.kind === 'signing' && m.date.value === '2024-06-19')!;
    expect(signing.doc).toBe('c');
    expect(signing.mentions.map((m) => m.doc)).toEqual(['a', 'e']);
    expect(merged.map((m) => m.doc).sort()).toEqual(['b', 'c', 'd', 'f']);
  });

  it('gives what comparing every event with every merged one gives, on a synthetic story', () => {
    const config = defaultConfiguration();
    const events = syntheticCorpus(150, 5).flatMap((a, i) => docExtract(analyseRaw({ key: a.name, input: a.name, id: `d${i}`, ext: '.txt', bytes: Buffer.from(a.text) }, config)).events);
    expect(events.length).toBeGreaterThan(300);
    expect(mergeEvents(events)).toEqual(mergeEveryPair(events));
  });
});
