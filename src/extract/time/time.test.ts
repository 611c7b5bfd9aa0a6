import { describe, expect, it } from 'vitest';
import { createDoc } from '../../core/doc.js';
import { prepared } from '../../test-support/docs.js';
import { analysed } from '../../test-support/attributions.js';
import { toClaims } from '../../ledger/claims.js';
import { defaultTimeConfiguration, findTimes, resolveTimes, type Timex } from './index.js';
import { processDoc } from '../../pipeline/process-doc.js';
import { defaultConfiguration } from '../../pipeline/configuration.js';

function date(iso: string) {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** Each expression found in the text as [its text, its value]. */
function times(text: string, reference: string | null = '2025-04-28'): [string, string][] {
  return found(text, reference).map((t) => [text.slice(t.range.start, t.range.end), t.normalized]);
}

function found(text: string, reference: string | null = '2025-04-28'): Timex[] {
  const doc = prepared(text);
  const out = resolveTimes(doc, findTimes(doc, defaultTimeConfiguration()), reference ? date(reference) : null);
  for (const t of out) expect(doc.map.spanToSource(t.range)).toEqual(t.range); // prepared text without cleaning edits
  return out;
}

describe('absolute dates', () => {
  it.each([
    ['It happened on April 27, 2025.', 'April 27, 2025', '2025-04-27'],
    ['It happened on 27 April 2025.', '27 April 2025', '2025-04-27'],
    ['Troops were deployed in November 2024.', 'November 2024', '2024-11'],
    ['The file is dated 2025-04-28 in the archive.', '2025-04-28', '2025-04-28'],
    ['The memo of 7/8/07 said so.', '7/8/07', '2007-07-08'],
    ['Sales fell in the 1990s.', 'the 1990s', '199'],
    ['Budget cuts in FY2007 hurt.', 'FY2007', 'FY2007'],
    ['The war began in 2022.', '2022', '2022'],
    ['Profits rose in the third quarter of 2009.', 'the third quarter of 2009', '2009-Q3'],
    ['Exports fell in the first half of 2024.', 'the first half of 2024', '2024-H1'],
  ])('%s', (text, expression, value) => {
    expect(times(text)).toContainEqual([expression, value]);
  });

  it('keeps modifiers in the expression but not in the value: "early 2009", "the end of last year"', () => {
    expect(times('Work stopped in early 2009 and resumed at the end of last year.')).toEqual([
      ['early 2009', '2009'],
      ['the end of last year', '2024'],
    ]);
  });
});

describe('numbers that are not years, names that are not months', () => {
  it.each([
    ['North Korea sent 2000 troops to the front.'],
    ['Theresa May met the envoy.'],
    ['They may leave the capital.'],
    ['June Smith, a spokeswoman, declined to comment.'],
    ['A second A380 is also travelling to the show.'],
    ['It wants to close about a quarter of its 3,200 dealers.'],
    ['The 33-year-old soldier was captured.'],
  ])('%s', (text) => {
    expect(times(text)).toEqual([]);
  });

  it('reads a year that modifies a noun ("the 2024 election", "the 1991 settlement")', () => {
    expect(times('It breached the 1991 settlement before the 2024 election.')).toEqual([
      ['1991', '1991'],
      ['2024', '2024'],
    ]);
  });
});

describe('dates counted from the reference date', () => {
  it.each([
    ['It happened yesterday.', 'yesterday', '2025-04-27'],
    ['They met this morning.', 'this morning', '2025-04-28TMO'],
    ['The deal was signed last year.', 'last year', '2024'],
    ['It will be decided next month.', 'next month', '2025-05'],
    ['Trump will visit next week.', 'next week', '2025-W19'],
    ['Some 3,000 were dispatched earlier this year.', 'earlier this year', '2025'],
    ['It was announced three years ago.', 'three years ago', '2022'],
    ['In June last year, the two countries signed a pact.', 'June last year', '2024-06'],
  ])('%s', (text, expression, value) => {
    expect(times(text)).toContainEqual([expression, value]);
  });

  it('counts "the previous year" from the year named before it', () => {
    expect(times('Sales in 2009 fell by a third from the previous year.', '2010-01-28')).toEqual([
      ['2009', '2009'],
      ['the previous year', '2008'],
    ]);
  });

  it('leaves what it cannot know as X when there is no reference date', () => {
    expect(times('In June last year they met on Monday, after talks in April.', null)).toEqual([
      ['June last year', 'XXXX-06'],
      ['Monday', 'XXXX-XX-XX'],
      ['April', 'XXXX-04'],
    ]);
  });
});

describe('weekdays and months without a year: past unless the clause speaks of the future', () => {
  it('a weekday is the last one, or the reference day itself', () => {
    expect(times('Mr. Putin said Monday that the troops fought well. Russia confirmed it on Saturday.')).toEqual([
      ['Monday', '2025-04-28'],
      ['Saturday', '2025-04-26'],
    ]);
  });

  it('a weekday that contradicts the stated date still follows the calendar of the reference date', () => {
    // 2025-04-27 is a Sunday: "Sunday" is that day, "Monday" the one before it
    expect(times('The ministry said Sunday that the talks had ended on Monday.', '2025-04-27')).toEqual([
      ['Sunday', '2025-04-27'],
      ['Monday', '2025-04-21'],
    ]);
  });

  it('a weekday or a month in a future clause is the next one', () => {
    expect(times('The leaders will meet on Friday and sign the deal in June.')).toEqual([
      ['Friday', '2025-05-02'],
      ['June', '2025-06'],
    ]);
  });

  it('reads the future from a long clause and from "due", but never after "since"', () => {
    expect(times('The first flight will take off for a "special charity flight" from Singapore and land in Sydney on October 25.', '2007-10-15')).toEqual([['October 25', '2007-10-25']]);
    expect(times('Deliveries to the launch customer are not due until October.', '2006-11-14')).toEqual([['October', '2007-10']]);
    expect(times('Ryanair has been attempting to take over Aer Lingus since December, and the new aircraft may become redundant.', '2007-06-09')).toEqual([['December', '2006-12']]);
  });

  it('a month after the reference date in a past clause is last year\'s', () => {
    expect(times('The ceremony was held in August.', '2025-04-28')).toEqual([['August', '2024-08']]);
    expect(times('The ceremony was held in August.', '2025-10-23')).toEqual([['August', '2025-08']]);
  });
});

describe('lengths, recurrences and references', () => {
  it.each([
    ['At least 1,000 died within three months of fighting.', 'three months', 'P3M'],
    ['A full year had passed since then.', 'A full year', 'P1Y'],
    ['It was a 12-hour shift.', '12-hour', 'PT12H'],
    ['They waited two and a half years.', 'two and a half years', 'P2.5Y'],
    ['Prices rose in recent years.', 'recent years', 'PXY'],
    ['It was their largest conference in the past decade.', 'the past decade', 'P10Y'],
    ['He gave his annual speech.', 'annual', 'P1Y'],
    ['The company is now in talks.', 'now', 'PRESENT_REF'],
    ['It was recently announced.', 'recently', 'PAST_REF'],
  ])('%s', (text, expression, value) => {
    expect(times(text)).toContainEqual([expression, value]);
  });

  it('gives an anchored length its days: "the past three months" ends at the reference date', () => {
    const [t] = found('Prices fell over the past three months.');
    expect(t!.period).toEqual({ start: '2025-01-28', end: '2025-04-28' });
  });
});

describe('clock times', () => {
  it('joins a clock time to its day and keeps UTC as Z', () => {
    expect(times('The first flight left at 12:00 UTC Monday.', '2009-06-02')).toEqual([['12:00 UTC Monday', '2009-06-01T12:00Z']]);
  });

  it('gives a clock time alone the day its sentence names', () => {
    expect(times('The plane landed on Tuesday. It had left at 18:00 UTC.', '2009-12-16')).toEqual([
      ['Tuesday', '2009-12-15'],
      ['18:00 UTC', '2009-12-15T18:00Z'],
    ]);
  });
});

describe('signals', () => {
  it('keeps "since", "by" and the two ends of "between … and …" outside the expression', () => {
    const text = 'Shipments have run since September 2023 and will end by 2030; deliveries come between 2014 and 2016.';
    const ts = found(text);
    expect(ts.map((t) => [text.slice(t.range.start, t.range.end), t.signal?.relation])).toEqual([
      ['September 2023', 'since'],
      ['2030', 'by'],
      ['2014', 'between'],
      ['2016', 'between'],
    ]);
    expect(text.slice(ts[0]!.signal!.range.start, ts[0]!.signal!.range.end)).toBe('since');
  });
});

describe('claims: their time and the date they were made', () => {
  function claims(text: string, published: string) {
    const doc = createDoc({ id: 'd', input: 'd.txt', kind: 'text', sha256: '', encoding: 'utf-8', source: text, meta: { published: { value: published, basis: 'manifest' } } });
    return toClaims(processDoc(doc, defaultConfiguration()));
  }

  it('reads "since X" as a period from X to the reference date', () => {
    const [c] = claims('South Korean estimates indicate North Korea sent over 15,000 containers of weapons since September 2023.', '2025-08-14');
    expect(c!.time).toMatchObject({ text: 'since September 2023', start: '2023-09-01', end: '2025-08-14' });
  });

  it('takes the date written by the cue as the date the claim was made, else the document date', () => {
    const text = 'The agency said on Thursday that 600 soldiers had died. Seoul estimates that 11,000 troops were sent.';
    const [said, estimated] = claims(text, '2025-10-24');
    expect(said!.asserted).toMatchObject({ value: '2025-10-23', basis: 'text', text: 'Thursday' });
    expect(estimated!.asserted).toEqual({ value: '2025-10-24', basis: 'document' });
  });
});

describe('publication date inferred from the content', () => {
  it('is a lower bound at the latest absolute past date the text mentions, and says so', () => {
    const { analysis: { doc } } = analysed('Troops were deployed in November 2024. They will stay until 2027. The pact was signed in June 2024.');
    expect(doc.meta.published).toMatchObject({ value: '2024-11-01', basis: 'inferred', earliest: '2024-11-01' });
    expect(doc.meta.published!.latest).toBeUndefined();
    expect(doc.messages.map((m) => m.rule)).toContain('time/inferred-publication');
  });

  it('never replaces a date the document carries, even one years after the events it reports', () => {
    const doc = createDoc({ id: 'd', input: 'd.txt', kind: 'text', sha256: '', encoding: 'utf-8', source: 'The treaty was signed in June 2024, a year after talks began last year.', meta: { published: { value: '2031-02-01', basis: 'html-meta' } } });
    const a = processDoc(doc, defaultConfiguration());
    expect(a.doc.meta.published).toMatchObject({ value: '2031-02-01', basis: 'html-meta' });
    const text = a.doc.text;
    expect(a.times.map((t) => [text.slice(t.range.start, t.range.end), t.normalized])).toEqual([
      ['June 2024', '2024-06'],
      ['a year', 'P1Y'],
      ['last year', '2030'],
    ]);
  });

  it('says when there is nothing to infer it from', () => {
    const { analysis: { doc } } = analysed('The ministry said on Monday that talks went well.');
    expect(doc.meta.published).toBeNull();
    expect(doc.messages.map((m) => m.rule)).toContain('time/no-publication-date');
  });
});
