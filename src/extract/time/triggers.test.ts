import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepared } from '../../test-support/docs.js';
import { syntheticCorpus } from '../../test-support/synthetic-corpus.js';
import { defaultTimeConfiguration, findTimes, type TimeConfiguration } from './index.js';

const KURSK = path.resolve(import.meta.dirname, '../../../examples/kursk-2025');

/** Texts with every kind of expression the extractors read, in different cases and at sentence edges. */
const TEXTS = [
  ...readdirSync(KURSK).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(KURSK, f), 'utf8')),
  ...syntheticCorpus(40, 7).map((a) => a.text),
  'On 2024-11-05T10:30 and 5/11/2024, then Tuesday, November 5, 2024, the 5th of November. In March 2025 and in march, early May.',
  'In the 1990s and the ’90s and the late 80s. FY2024 and fiscal year 2025. The third quarter of 2024, Q3 last year, the first half of this year.',
  'Last spring, this summer and in autumn 2023. Today, tonight, yesterday morning, the day before yesterday. Last week, the following month, of the year.',
  'Three years ago, two decades earlier. Last Monday evening and on Friday. At 10:30 a.m. EST, at 18:00 UTC, at noon and midnight. 9pm.',
  'For the past five years, the next 18 months, a few weeks, the past decade, over the years, decades-long, annually, every week.',
  'Now, currently, at present, these days, recently, the past, soon, shortly, the future, the near term. NOW AND THEN IN JUNE 2024.',
];

const withoutTriggers = (config: TimeConfiguration): TimeConfiguration => ({ ...config, extractors: config.extractors.map(({ trigger: _, ...e }) => e) });

describe('time extractors’ triggers', () => {
  const config = defaultTimeConfiguration();

  it('every extractor has one, and every match of its pattern in a sentence holds it', () => {
    for (const e of config.extractors) expect(e.trigger, e.name).toBeDefined();
    const matches = new Map<string, number>();
    for (const text of TEXTS) {
      const doc = prepared(text);
      for (const s of doc.sentences) {
        const sentence = doc.text.slice(s.range.start, s.range.end);
        for (const e of config.extractors) {
          for (const m of sentence.matchAll(e.pattern)) {
            matches.set(e.name, (matches.get(e.name) ?? 0) + 1);
            expect(new RegExp(e.trigger!.source, e.trigger!.flags.replace('g', '')).test(m[0]), `${e.name}: “${m[0]}”`).toBe(true);
          }
        }
      }
    }
    // the texts exercise every extractor
    expect(config.extractors.filter((e) => !matches.has(e.name)).map((e) => e.name)).toEqual([]);
  });

  it('finds the same expressions as searching every sentence', () => {
    for (const text of TEXTS) {
      const doc = prepared(text);
      expect(findTimes(doc, config)).toEqual(findTimes(doc, withoutTriggers(config)));
    }
  });
});
