import { describe, expect, it } from 'vitest';
import { cleaned } from '../../test-support/docs.js';
import { relatedLink } from './related-link.js';

describe('clean/related-link', () => {
  it.each([
    'Related article: Pop Star Shaman to Perform in North Korea for National Liberation Day',
    'READ MORE: Kim Jong Un inspects new missile launchers',
    'See also: How the war changed Kursk',
    'Related | Ukraine says Russia is losing 1,000 men a day',
  ])('removes %s', (line) => {
    const doc = cleaned(`First paragraph of the story.\n\n${line}\n\nSecond paragraph of the story.`, [relatedLink]);
    expect(doc.text).toBe('First paragraph of the story.\n\n\nSecond paragraph of the story.');
    expect(doc.messages).toHaveLength(1);
  });

  it('removes a header with the headlines under it', () => {
    const text = 'The last paragraph ends here.\nMore from Asia\nSeoul warns of new missile launches\nJapan and Korea hold talks on trade';
    const doc = cleaned(text, [relatedLink]);
    expect(doc.text).toBe('The last paragraph ends here.');
  });

  it.each([
    'Related talks are expected to take place next week, officials said.',
    'Read more about the treaty in the full text published by the ministry.',
    'Watch the parade, they said, would begin at noon.',
  ])('keeps %s', (line) => {
    const text = `First paragraph.\n${line}\nSecond paragraph.`;
    expect(cleaned(text, [relatedLink]).text).toBe(text);
  });

  it('keeps a lone header word with no list under it', () => {
    const text = 'Latest\nThe army said it had withdrawn.';
    expect(cleaned(text, [relatedLink]).text).toBe(text);
  });
});
