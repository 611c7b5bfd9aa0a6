import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown.js';

describe('markdownToText', () => {
  const source = [
    '# Putin hails *North Korean* troops',
    '',
    'Russian President **Vladimir Putin** hailed the troops in a',
    '[letter](https://example.com/letter) to Kim Jong Un.',
    '',
    '![photo](a.jpg)',
    '## What comes next',
    '',
    '- Some 15,000 troops were sent',
    '> “We will always honor the Korean heroes,” he said.',
    '',
    '```',
    'code that is not article text',
    '```',
  ].join('\n');
  const md = markdownToText(source);

  it('keeps the words and drops the markup', () => {
    expect(md.text).toBe(
      'Putin hails North Korean troops\n\nRussian President Vladimir Putin hailed the troops in a letter to Kim Jong Un.\n\n\nWhat comes next\n\nSome 15,000 troops were sent\n“We will always honor the Korean heroes,” he said.\n\n',
    );
  });

  it('maps text back into the markdown and marks headings', () => {
    const i = md.text.indexOf('Vladimir Putin');
    const s = md.map.spanToSource({ start: i, end: i + 'Vladimir Putin'.length });
    expect(source.slice(s.start, s.end)).toBe('Vladimir Putin');
    expect(md.headings.map((h) => source.slice(h.start, h.end))).toEqual(['Putin hails *North Korean* troops', 'What comes next']);
    expect(md.removed).toHaveLength(1);
  });

  it('leaves underscores inside words alone', () => {
    expect(markdownToText('the snake_case_name and _emphasis_').text).toBe('the snake_case_name and emphasis');
  });
});
