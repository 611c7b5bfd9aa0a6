import { describe, expect, it } from 'vitest';
import { cleaned } from '../../test-support/docs.js';
import { accessNotice } from './access-notice.js';

const body = 'Officials said on Monday that the talks would resume next week in Geneva.\nThe ministry gave no further details.';

describe('clean/access-notice', () => {
  it.each([
    'You have a preview view of this article while we are checking your access. When we have confirmed access, the full article content will load.',
    'Subscribe to continue reading this article.',
    'You have reached your limit of free articles this month. Sign in or subscribe for full access.',
    'This article is for subscribers only. Already a subscriber? Log in.',
  ])('removes %s', (notice) => {
    const doc = cleaned(`${notice}\n${body}`, [accessNotice]);
    expect(doc.text).toBe(body);
    const m = doc.messages.find((x) => x.rule === 'clean/access-notice')!;
    expect(doc.source.slice(m.span!.start, m.span!.end)).toBe(`${notice}\n`);
  });

  it('removes a notice at the end', () => {
    const doc = cleaned(`${body}\nSubscribe now to read the full story.`, [accessNotice]);
    expect(doc.text).toBe(`${body}`);
  });

  it.each([
    // reporting about subscriptions, quoted speech, and notices deep in the body are article text
    '“Subscribers can read the article online,” the editor said.',
    'The agency said access to the region was restricted for reporters.',
  ])('keeps %s', (line) => {
    const text = `${line}\n${body}`;
    expect(cleaned(text, [accessNotice]).text).toBe(text);
  });

  it('leaves notice-like lines in the middle of a long article alone', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} of the report describes events on the ground in detail.`);
    lines.splice(6, 0, 'Readers who subscribe get access to the full article archive.');
    const text = lines.join('\n');
    expect(cleaned(text, [accessNotice]).text).toBe(text);
  });
});
