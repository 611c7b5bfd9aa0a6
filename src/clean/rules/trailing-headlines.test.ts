import { describe, expect, it } from 'vitest';
import { cleaned } from '../../test-support/docs.js';
import { trailingHeadlines } from './trailing-headlines.js';

const article = 'North Korea has started building a memorial for its soldiers, state media reported.\nMr Trump is visiting the East Asian country after imposing new sanctions on Russia.';

describe('clean/trailing-headlines', () => {
  it('removes the list of other stories after the last paragraph', () => {
    const list = 'Hope for tariff breakthrough as White House confirms Trump to meet Xi\nNorth Korea fires short-range ballistic missiles toward east, Seoul says\nSouth Korea’s former first lady sparks backlash for sitting on royal ‘throne’';
    const doc = cleaned(`${article}\n${list}`, [trailingHeadlines]);
    expect(doc.text).toBe(article);
    const m = doc.messages[0]!;
    expect(m.rule).toBe('clean/trailing-headlines');
    expect(doc.source.slice(m.span!.start, m.span!.end)).toBe(`\n${list}`);
  });

  it('keeps a single unpunctuated last line', () => {
    const text = `${article}\nReporting from Seoul and Kyiv`;
    expect(cleaned(text, [trailingHeadlines]).text).toBe(text);
  });

  it('keeps a list introduced by a colon', () => {
    const text = 'The package includes:\nArtillery shells for the front line\nLong-range rocket systems and launchers';
    expect(cleaned(text, [trailingHeadlines]).text).toBe(text);
  });

  it("keeps the article's own schedule: lines that open with a date", () => {
    const dates = 'Tour dates\nJune 9 – Austin, TX @ Moody Center Arena\nJune 12 – Denver, CO @ Red Rocks Amphitheatre\nSat., July 4 – Chicago, IL @ Soldier Field';
    const text = `${article}\n${dates}`;
    expect(cleaned(text, [trailingHeadlines]).text).toBe(text);
  });

  it('keeps an article that ends with headings and paragraphs', () => {
    const text = `${article}\nWhat comes next\nOfficials expect further talks in the coming weeks.`;
    expect(cleaned(text, [trailingHeadlines]).text).toBe(text);
  });
});
