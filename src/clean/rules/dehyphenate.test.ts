import { describe, expect, it } from 'vitest';
import { cleaned } from '../../test-support/docs.js';
import { dehyphenate } from './dehyphenate.js';

describe('clean/dehyphenate', () => {
  it('joins a word broken by typesetting', () => {
    const doc = cleaned('the deploy-\nment of troops', [dehyphenate]);
    expect(doc.text).toBe('the deploy\nment of troops'.replace('\n', ''));
    expect(doc.messages[0]!.reason).toContain('deployment');
  });

  it('keeps the hyphen of a compound', () => {
    expect(cleaned('long-\nrange rockets', [dehyphenate]).text).toBe('long-range rockets');
    expect(cleaned('Kremlin-\nbacked forces', [dehyphenate]).text).toBe('Kremlin-backed forces');
    expect(cleaned('the Russia-\nUkraine war', [dehyphenate]).text).toBe('the Russia-Ukraine war');
  });

  it('follows how the text spells the word elsewhere', () => {
    expect(cleaned('a cease-\nfire was agreed; the ceasefire held', [dehyphenate]).text).toBe('a ceasefire was agreed; the ceasefire held');
    expect(cleaned('a co-\noperation deal; co-operation grew', [dehyphenate]).text).toBe('a co-operation deal; co-operation grew');
  });

  it('leaves dashes and hyphens inside lines alone', () => {
    const text = 'North Korean-made shells - and rockets -\nwere shipped';
    expect(cleaned(text, [dehyphenate]).text).toBe(text);
  });
});
