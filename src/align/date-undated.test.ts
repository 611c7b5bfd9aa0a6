import { describe, expect, it } from 'vitest';
import { createDoc } from '../core/doc.js';
import { defaultConfiguration } from '../pipeline/configuration.js';
import { processDoc, type Analysis } from '../pipeline/process-doc.js';
import { DatedEvents, MAX_PER_DATE, dateUndatedReports, datedEventsOfAnalysis, datingBatchOf } from './date-undated.js';

const config = defaultConfiguration();

function report(id: string, source: string, published?: string): Analysis {
  const doc = createDoc({ id, input: `${id}.txt`, kind: 'text', sha256: '', encoding: 'utf-8', source, ...(published ? { meta: { published: { value: published, basis: 'manifest' } } } : {}) });
  return processDoc(doc, config);
}

const valueOf = (a: Analysis, text: string) => a.times.find((t) => a.doc.text.slice(t.range.start, t.range.end) === text)?.normalized;

const DATED = 'The two countries signed a mutual defence treaty in June 2024. Officials said troops were deployed in November 2024.';

describe('dating a report by the dated reports beside it', () => {
  it('an undated "June last year" that is a dated June 2024 agreement puts the writing in 2025 and resolves what the window agrees on', () => {
    const [, undated] = dateUndatedReports([report('a', DATED, '2025-03-02'), report('b', 'In June last year, the two countries formalised a partnership. A ceremony was held in August, and the envoy spoke on Thursday.')]);
    expect(undated!.doc.meta.published).toEqual({ value: '2025-01-01', basis: 'inferred', earliest: '2025-01-01', latest: '2025-12-31' });
    expect(valueOf(undated!, 'June last year')).toBe('2024-06');
    expect(valueOf(undated!, 'August')).toBe('XXXX-08');
    expect(valueOf(undated!, 'Thursday')).toBe('XXXX-XX-XX');
    expect(undated!.events.find((e) => e.kind === 'agreement')?.time.normalized).toBe('2024-06');
    const why = undated!.doc.messages.filter((m) => m.rule.startsWith('time/'));
    expect(why.map((m) => m.rule)).toEqual(['time/dated-by-other-reports']);
    expect(why[0]!.reason).toBe('no publication date: written between 2025-01-01 and 2025-12-31, since “June last year” is the agreement of 2024-06 that a reports');
  });

  it('keeps the report\'s own lower bound and narrows it with each match', () => {
    const undated = report('b', 'The treaty was signed last year. The troops were deployed in November, and the report on 2025 figures came out.');
    const [, out] = dateUndatedReports([report('a', DATED, '2025-03-02'), undated]);
    // "last year" = 2024 (writing in 2025), "November" = November 2024 (writing from then to October 2025), own bound 2025-01-01
    expect(out!.doc.meta.published).toMatchObject({ earliest: '2025-01-01', latest: '2025-10-31' });
    expect(valueOf(out!, 'November')).toBe('2024-11');
  });

  it('does not date by an event less precise than the expression, of another kind, or of a date it cannot mean', () => {
    const dated = report('a', 'North Korea sent 3,000 troops earlier this year.', '2025-04-28');
    for (const text of ['A ceremony was held in August to honour the troops sent to Russia.', 'In March, the two countries signed a pact.', 'In June, troops were deployed again.']) {
      const [, out] = dateUndatedReports([dated, report('b', text)]);
      expect(out!.doc.meta.published?.latest).toBeUndefined();
    }
  });

  it('takes a bare month or a year as another report\'s event only when the clauses share words beyond the story\'s own', () => {
    const dated = report('a', DATED, '2025-03-02');
    expect(dateUndatedReports([dated, report('b', 'Troops were sent to the border in November.')])[1]!.doc.meta.published?.latest).toBeUndefined();
    expect(dateUndatedReports([dated, report('b', 'More troops were deployed to the front in November.')])[1]!.doc.meta.published?.latest).toBe('2025-10-31');
    // in a story where every clause speaks of troops and deployments, those words are no evidence
    const story = report('c', ['In May 2024 troops were deployed north.', 'In July 2024 troops were deployed east.', 'In August 2024 troops were deployed south.', 'In September 2024 troops were deployed west.', 'In October 2024 troops were deployed again.'].join(' '), '2025-03-02');
    expect(dateUndatedReports([dated, story, report('b', 'More troops were deployed to the front in November.')])[2]!.doc.meta.published?.latest).toBeUndefined();
  });

  it('dates a report by its batch whichever of the batch\'s reports are given with it, as a thread dates those it analysed', () => {
    const batch = () => [
      report('a', DATED, '2025-03-02'),
      report('b', 'More troops were deployed to the front in November.'),
      // undated clauses of the same words: were they counted, "troops" and "deployed" would be the story's common words
      ...['Troops were deployed north in the spring.', 'Troops were deployed east in the summer.', 'Troops were deployed south in the autumn.'].map((text, i) => report(`c${i}`, text)),
    ];
    const all = dateUndatedReports(batch());
    expect(all[1]!.doc.meta.published).toMatchObject({ basis: 'inferred', latest: '2025-10-31' });
    const whole = datingBatchOf(batch());
    batch().forEach((r, i) => expect(dateUndatedReports([r], whole)[0]!.doc.meta.published, r.doc.id).toEqual(all[i]!.doc.meta.published));
  });

  it('leaves a report undated when two matches cannot both hold, or when it cannot tell which dated event it speaks of', () => {
    const conflicting = report('b', 'The treaty was signed last year. Troops were deployed in November two years ago.');
    expect(dateUndatedReports([report('a', DATED, '2025-03-02'), conflicting])[1]!.doc.meta.published?.latest).toBeUndefined();
    const two = report('a', 'A first accord was signed in March 2024 with Iran. A second accord was signed in March 2023 with Syria.', '2025-01-10');
    expect(dateUndatedReports([two, report('b', 'An accord was signed in March.')])[1]!.doc.meta.published?.latest).toBeUndefined();
    // the clause that shares words with one of them decides
    const [, chosen] = dateUndatedReports([two, report('b', 'An accord with Syria was signed in March.')]);
    expect(chosen!.doc.meta.published).toMatchObject({ earliest: '2023-03-01', latest: '2024-02-29' });
  });

  it('never touches a report that carries its date', () => {
    const own = report('b', 'In June last year, the two countries formalised a partnership.', '2026-02-01');
    const [, out] = dateUndatedReports([report('a', DATED, '2025-03-02'), own]);
    expect(out).toBe(own);
    expect(valueOf(out!, 'June last year')).toBe('2025-06');
  });

  it('dates by a store\'s dated events indexed once as by the same reports in the batch, and keeps a bounded share of each date', () => {
    const dated = report('a', DATED, '2025-03-02');
    const undated = () => report('b', 'In June last year, the two countries formalised a partnership.');
    const store = new DatedEvents(MAX_PER_DATE).add(datedEventsOfAnalysis(dated));
    const [byStore] = dateUndatedReports([undated()], undefined, store);
    const [, byBatch] = dateUndatedReports([dated, undated()]);
    expect(byStore!.doc.meta.published).toEqual(byBatch!.doc.meta.published);
    expect(byStore!.doc.meta.published).toMatchObject({ earliest: '2025-01-01', latest: '2025-12-31' });
    // a wire story dated the same way in many reports: the index keeps the first few of one date, and no more
    const many = new DatedEvents(2).add(Array.from({ length: 5 }, (_, i) => ({ ...datedEventsOfAnalysis(dated)[0]!, doc: `w${i}` })));
    expect(many.size).toBe(5);
    const june = undated().events.find((e) => e.kind === 'agreement')!;
    expect([...many.dates(june).values()].flat().map((d) => d.doc)).toEqual(['w0', 'w1']);
  });

  it('a batch keeps of each date as many events as any one report, its own left out, compares: the first of the others', () => {
    const dated = report('a', DATED, '2025-03-02');
    const june = report('b', 'In June last year, the two countries formalised a partnership.').events.find((e) => e.kind === 'agreement')!;
    const treaty = datedEventsOfAnalysis(dated)[0]!;
    // report w0 gives the date three times, then ten reports once each
    const events = [...Array.from({ length: 3 }, () => ({ ...treaty, doc: 'w0' })), ...Array.from({ length: 10 }, (_, i) => ({ ...treaty, doc: `w${i + 1}` }))];
    const batch = new DatedEvents(2, true).add(events, false);
    expect(batch.size).toBe(13);
    const kept = [...batch.dates(june).values()].flat().map((d) => d.doc);
    expect(kept).toEqual(['w0', 'w0', 'w0', 'w1', 'w2']);
    for (const doc of ['w0', 'w1', 'w5']) {
      const others = (list: readonly string[]) => list.filter((d) => d !== doc).slice(0, 2);
      expect(others(kept), doc).toEqual(others(events.map((d) => d.doc)));
    }
  });

  it('dates a large batch as its reports one by one would: the cap leaves out only events no report compares', () => {
    const wire = Array.from({ length: MAX_PER_DATE + 20 }, (_, i) => report(`w${i}`, DATED, '2025-03-02'));
    const undated = report('u', 'In June last year, the two countries formalised a partnership.');
    const [, , dated] = dateUndatedReports([wire[0]!, wire[1]!, undated]);
    const all = dateUndatedReports([...wire, undated]);
    expect(all.at(-1)!.doc.meta.published).toEqual(dated!.doc.meta.published);
    expect(all.at(-1)!.doc.messages).toEqual(dated!.doc.messages);
    expect(all.at(-1)!.doc.meta.published).toMatchObject({ earliest: '2025-01-01', latest: '2025-12-31' });
  });
});
