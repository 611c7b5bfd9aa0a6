import { describe, expect, it } from 'vitest';
import { prepared } from '../../test-support/docs.js';
import { syntheticCorpus } from '../../test-support/synthetic-corpus.js';
import { defaultTimeConfiguration } from './index.js';
import { TriggerScan } from './trigger-scan.js';

const sentenceTexts = (text: string) => {
  const doc = prepared(text);
  return { doc, texts: doc.sentences.map((s) => doc.text.slice(s.range.start, s.range.end)) };
};

describe('TriggerScan', () => {
  it('finds each trigger in every sentence that holds it, and in no other', () => {
    const { doc, texts } = sentenceTexts('They left yesterday. The report is monthly. Nothing here. A month later, on Monday, they came back.');
    const triggers = [/yesterday/gi, /day/gi, /month/gi, /monthly/gi, /absent/gi];
    expect(texts).toHaveLength(4);
    expect(new TriggerScan(triggers).sentences(doc)).toEqual([[0], [0, 3], [1, 3], [1], []]);
  });

  it('finds a trigger where it starts inside, or at the start of, another trigger’s occurrence', () => {
    // where the union stops at “yesterday”, “day” starts six characters on; “month” and “monthly” start together
    const { doc } = sentenceTexts('Yesterday. Monthly.');
    expect(new TriggerScan([/yesterday|monthly/gi, /day/gi, /month/gi]).sentences(doc)).toEqual([[0, 1], [0], [1]]);
  });

  it('matches as each trigger does: case, and patterns that are not plain words', () => {
    const { doc } = sentenceTexts('In 2024 it was 10:30. In MAY it rained. It is 5/11 now.');
    expect(new TriggerScan([/1[89]\d\d|20\d\d/gi, /\d[:.]\d/gi, /may/g, /MAY/g, /\d\/\d/gi]).sentences(doc)).toEqual([[0], [0], [], [1], [2]]);
  });

  it('gives, for the default extractors, the sentences in which each trigger matches, on varied reports', () => {
    const triggers = [...new Set(defaultTimeConfiguration().extractors.flatMap((e) => (e.trigger ? [e.trigger] : [])))];
    const scan = new TriggerScan(triggers);
    for (const article of syntheticCorpus(12, 3)) {
      const { doc, texts } = sentenceTexts(article.text);
      const found = scan.sentences(doc);
      triggers.forEach((t, i) => {
        // tried at every place of every sentence
        const at = new RegExp(t.source, `${t.flags.replace('g', '')}y`);
        const startsIn = doc.sentences.flatMap((s, k) => {
          for (let p = s.range.start; p < s.range.end; p++) {
            at.lastIndex = p;
            if (at.test(doc.text)) return [k];
          }
          return [];
        });
        expect(found[i], t.source).toEqual(startsIn);
        // so among them every sentence whose own text holds it
        const alone = new RegExp(t.source, t.flags.replace('g', ''));
        expect(texts.every((s, k) => !alone.test(s) || found[i]!.includes(k))).toBe(true);
      });
    }
  });
});
