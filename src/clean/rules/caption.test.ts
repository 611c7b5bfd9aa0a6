import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleaned } from '../../test-support/docs.js';
import { ENDS_WITH_CREDIT, caption, endsWithCredit } from './caption.js';

describe('clean/caption', () => {
  it.each([
    'Training of North Korean soldiers. KCNA',
    'Kim Jong Un attends the ceremony in Pyongyang. Photo: AFP',
    'Soldiers march in Red Square. Kim Hong-Ji/Reuters',
    'Photo: Yonhap',
    'Credit: Jane Doe for The Times',
    'Kim Jong Un inspects an artillery unit (KCNA via Reuters)',
    'A destroyed tank near Sudzha | Getty Images',
  ])('removes %s', (line) => {
    const doc = cleaned(`Headline of the story\n${line}\nThe article starts here.`, [caption]);
    expect(doc.text).toBe('Headline of the story\nThe article starts here.');
  });

  it.each([
    'The statement was carried by KCNA.',
    'Ukraine said the figures came from the SBU',
    'Russia’s highest-level acknowledgment of North Korean combat role',
    'He said it was a photo opportunity for the leadership.',
  ])('keeps %s', (line) => {
    const text = `Headline\n${line}\nMore text follows here.`;
    expect(cleaned(text, [caption]).text).toBe(text);
  });

  it('looks for a credit only where the line could end in one, and finds every credit the full search finds', () => {
    const pieces = ['AFP', 'Reuters', 'KCNA via Reuters', 'Photo:', 'Photo by', '©', 'Kim Hong-Ji', '/', '/ ', ' via ', ' ', '  ', '. ', ' | ', ' – ', '(', ')', ')', '.', '"', '”', '’', 'Jane', 'doe', 'ÉPA', 'Łódź', '𝐀', 'é', '1', ',', ':', '?'];
    const line = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((p) => p.join('').trim()).filter((t) => t !== '');
    fc.assert(fc.property(line, (t) => endsWithCredit(t) === ENDS_WITH_CREDIT.test(t)), { numRuns: 5000 });
  });
});
