import { describe, expect, it } from 'vitest';
import { prepared } from '../test-support/docs.js';
import { sentenceViews } from './token-view.js';

describe('sentenceViews', () => {
  it('gives each sentence its tokens, their strings and their lower-cased forms', () => {
    const doc = prepared('Kim’s troops ARRIVED in Kursk. They fought.');
    const views = sentenceViews(doc);
    expect(views.map((v) => v.words)).toEqual([['Kim', '’s', 'troops', 'ARRIVED', 'in', 'Kursk', '.'], ['They', 'fought', '.']]);
    expect(views[0]!.lower.slice(0, 4)).toEqual(['kim', "'s", 'troops', 'arrived']);
    for (const v of views) v.tokens.forEach((t, i) => expect(doc.text.slice(t.range.start, t.range.end)).toBe(v.words[i]));
  });

  it('builds a document’s views once for the stages that read them in turn', () => {
    const doc = prepared('Seoul said 600 died. Kyiv said more.');
    expect(sentenceViews(doc)).toBe(sentenceViews(doc));
  });

  it('never gives one document’s views for another, whichever was asked last', () => {
    const [a, b] = [prepared('Seoul said 600 died.'), prepared('Kyiv said 6,000 died. Moscow denied it.')];
    for (let round = 0; round < 2; round++) {
      expect(sentenceViews(a).map((v) => v.words.join(' '))).toEqual(['Seoul said 600 died .']);
      expect(sentenceViews(b).map((v) => v.words.join(' '))).toEqual(['Kyiv said 6,000 died .', 'Moscow denied it .']);
    }
    // a document segmented again (new sentences and tokens) is read anew
    const c = prepared('One sentence. Then two.');
    const before = sentenceViews(c);
    c.sentences = c.sentences.slice(0, 1);
    expect(sentenceViews(c)).not.toBe(before);
    expect(sentenceViews(c).map((v) => v.words)).toEqual([['One', 'sentence', '.']]);
  });
});
