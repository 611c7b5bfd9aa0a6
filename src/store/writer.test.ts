import { describe, expect, it } from 'vitest';
import { BACKENDS, storePerTest } from '../../test/support/stores.js';
import { EXTRACTOR_VERSION, extractInThread } from './ingest.js';
import type { RawReport } from './raw-report.js';
import { sourceTexts } from './source-texts.js';
import { ReportWriter } from './writer.js';

const FIRST_STORY =
  'Russian President Vladimir Putin hailed North Korean troops sent to fight in Ukraine as heroic in a letter to Kim Jong Un, North Korean state media reported on Friday, 15 August 2025. The letter marked the anniversary of the liberation of Korea from Japanese rule.';
const SECOND_STORY =
  'South Korean lawmakers said on Tuesday, 2 September 2025, that about 2,000 North Korean soldiers had been killed in the Kursk region since they were deployed there last autumn, citing a briefing by the National Intelligence Service to a parliamentary committee.';

const report = (id: string, text: string): RawReport => ({ key: `/reports/${id}.txt`, input: `${id}.txt`, id, ext: '.txt', bytes: Buffer.from(text) });

describe.each(BACKENDS)('ReportWriter on $name', (backend) => {
  const open = storePerTest(backend);

  it('finds a copy of a report another writer replaced in the replacement\'s words, not in those of the print it kept', async () => {
    const store = await open();
    const extract = extractInThread({});
    const none = async () => ({ events: [], stems: [], clauses: 0, latest: '' });
    const write = async (writer: ReportWriter, r: RawReport) => {
      const [x] = await extract([r], none);
      return writer.write([{ report: x!, key: r.key, version: EXTRACTOR_VERSION }]);
    };
    const mine = new ReportWriter(store);
    const other = new ReportWriter(store);
    await write(mine, report('wire', `${FIRST_STORY}\n\nThe wire service added a line of its own about the ceremony in Pyongyang.`));
    // another writer replaces the wire report, which now tells the second story; this writer keeps the first one's print
    expect(await write(other, report('wire', `${SECOND_STORY}\n\nThe wire service added a line of its own about the briefing in Seoul.`))).toMatchObject({ replaced: 1 });
    await write(mine, report('paper', `A newspaper ran the wire copy in full.\n\n${SECOND_STORY}`));
    const { copies } = await store.ledger();
    expect(copies.map((c) => c.docs)).toEqual([['wire', 'paper']]);
    const sources = await sourceTexts(store.db, ['wire', 'paper']);
    const sourceOf = (id: string) => sources.get(id)!;
    for (const p of copies[0]!.passages) {
      expect(sourceOf('wire').slice(p.a.start, p.a.end)).toBe(p.text);
      expect(sourceOf('paper').slice(p.b.start, p.b.end)).toContain('2,000 North Korean soldiers had been killed');
    }
    expect(copies[0]!.passages.map((p) => p.text).join(' ')).toContain('citing a briefing by the National Intelligence Service');
    // the store keeps a copy's spans; the ledger takes the passages' texts from the source
    const [row] = await store.db.all<{ record: string }>('SELECT record FROM copies');
    expect(JSON.parse(row!.record)).toEqual({ ...copies[0], passages: copies[0]!.passages.map(({ text: _, ...spans }) => spans) });
  });
});
