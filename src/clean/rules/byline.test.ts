import { describe, expect, it } from 'vitest';
import { cleaned } from '../../test-support/docs.js';
import { byline } from './byline.js';

const body = 'Russia has confirmed the deployment, officials said.\nNo figures were given.';

describe('clean/byline', () => {
  it.each([
    ['By Choe Sang-Hun', 'Choe Sang-Hun'],
    ['By Jane Doe and John Roe, Reuters', 'Jane Doe and John Roe, Reuters'],
    ['By Hyonhee Shin, Josh Smith and Ju-min Park', 'Hyonhee Shin, Josh Smith and Ju-min Park'],
    ['By Anna de la Cruz', 'Anna de la Cruz'],
  ])('reads and removes %s', (line, name) => {
    const doc = cleaned(`${line}\n${body}`, [byline]);
    expect(doc.text).toBe(body);
    expect(doc.meta.byline?.value).toBe(name);
  });

  it('reads a date on the byline line', () => {
    const doc = cleaned(`By Jane Doe | April 27, 2025\n${body}`, [byline]);
    expect(doc.meta.byline?.value).toBe('Jane Doe');
    expect(doc.meta.published?.value).toBe('2025-04-27');
    const span = doc.meta.published!.span!;
    expect(doc.source.slice(span.start, span.end)).toBe('April 27, 2025');
  });

  it.each(['By the end of the year, Russia had lost ground.', 'By Monday, troops had withdrawn from the area', 'by jane doe'])('keeps %s', (line) => {
    const text = `${line}\n${body}`;
    expect(cleaned(text, [byline]).text).toBe(text);
  });
});
