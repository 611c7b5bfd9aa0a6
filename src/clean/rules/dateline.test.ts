import { describe, expect, it } from 'vitest';
import { cleaned } from '../../test-support/docs.js';
import { dateline, parseDateline } from './dateline.js';

const body = 'The army said on Monday that it had pulled back.\nNo casualties were reported.';

describe('parseDateline', () => {
  it('reads a published date glued to an update time with its zone', () => {
    const line = 'Published April 27, 2025Updated April 28, 2025, 5:55 a.m. ET';
    const d = parseDateline(line)!;
    expect(d.published?.value).toEqual({ date: { year: 2025, month: 4, day: 27 } });
    expect(line.slice(d.published!.start, d.published!.end)).toBe('April 27, 2025');
    expect(d.updated?.value).toEqual({ date: { year: 2025, month: 4, day: 28 }, time: { hour: 5, minute: 55, second: 0 }, zone: 'America/New_York' });
    expect(line.slice(d.updated!.start, d.updated!.end)).toBe('April 28, 2025, 5:55 a.m. ET');
  });

  it.each([
    ['Updated 5:55 AM EDT, Mon April 28, 2025', 'updated'],
    ['27 April 2025 10:30 BST', 'published'],
    ['Posted: 2025-04-27', 'published'],
    ['First published on Sun 27 Apr 2025 06.00 BST', 'published'],
    ['Published 27.04.2025 | Updated 28.04.2025', 'published'],
  ])('reads %s', (line, kind) => {
    expect(parseDateline(line)?.[kind as 'published' | 'updated']).toBeDefined();
  });

  it('inherits the date for an update given as a time only', () => {
    const d = parseDateline('Published 27 April 2025 10:30 BST, updated 11:45 BST')!;
    expect(d.updated?.value.date).toEqual({ year: 2025, month: 4, day: 27 });
    expect(d.updated?.value.time).toEqual({ hour: 11, minute: 45, second: 0 });
  });

  it.each([
    'North Korea sent troops on April 27, 2025.',
    'April 27, 2025 was a turning point',
    'Published by the ministry',
    'Updated figures: 4,000 killed',
    'February 30, 2025',
  ])('refuses %s', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});

describe('clean/dateline', () => {
  it('removes the line and sets published and updated with spans and zone', () => {
    const line = 'Published April 27, 2025Updated April 28, 2025, 5:55 a.m. ET';
    const source = `Kim orders a monument\n\n${line}\n${body}`;
    const doc = cleaned(source, [dateline]);
    expect(doc.text).toBe(`Kim orders a monument\n\n${body}`);
    expect(doc.meta.published).toMatchObject({ value: '2025-04-27', basis: 'text' });
    expect(doc.meta.updated).toMatchObject({ value: '2025-04-28T05:55:00-04:00', basis: 'text', zone: 'America/New_York' });
    const span = doc.meta.published!.span!;
    expect(source.slice(span.start, span.end)).toBe('April 27, 2025');
    const updated = doc.meta.updated!.span!;
    expect(source.slice(updated.start, updated.end)).toBe('April 28, 2025, 5:55 a.m. ET');
  });

  it('uses standard time in winter for a named zone', () => {
    const doc = cleaned(`Updated January 15, 2025, 9:00 p.m. ET\n${body}`, [dateline]);
    expect(doc.meta.updated?.value).toBe('2025-01-15T21:00:00-05:00');
  });

  it('does not replace a more trusted date', () => {
    const doc = cleaned(`Published April 27, 2025\n${body}`, []);
    doc.meta.published = { value: '2025-04-26', basis: 'manifest' };
    const again = cleaned(doc.source, [dateline]);
    expect(again.meta.published?.value).toBe('2025-04-27');
  });

  it('keeps sentences that contain dates', () => {
    const text = `On April 27, 2025, Russia acknowledged the deployment.\n${body}`;
    expect(cleaned(text, [dateline]).text).toBe(text);
  });
});
