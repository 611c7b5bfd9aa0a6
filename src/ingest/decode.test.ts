import { describe, expect, it } from 'vitest';
import { decode } from './decode.js';

const ok = (bytes: Uint8Array, declared?: string) => {
  const d = decode(bytes, declared);
  if (!d.ok) throw new Error(d.reason);
  return d;
};

describe('decode', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const text = 'Kim Jong-un’s “heroic” soldiers';
    expect(ok(Buffer.from(text)).text).toBe(text);
    const bom = ok(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(bom.text).toBe(text);
    expect(bom.notes[0]!.reason).toMatch(/byte-order mark/);
  });

  it('reads UTF-16 with a byte-order mark, either order', () => {
    const text = 'Сеул сообщил о 600 погибших';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(ok(le).text).toBe(text);
    expect(ok(be).text).toBe(text);
  });

  it('recognises UTF-16 without a byte-order mark from its NUL pattern', () => {
    const d = ok(Buffer.from('North Korea sent 14,000 troops to Russia.', 'utf16le'));
    expect(d.text).toBe('North Korea sent 14,000 troops to Russia.');
    expect(d.notes[0]!.severity).toBe('warning');
  });

  it('decodes legacy single-byte text and says so', () => {
    // 0x80–0x9F are where Windows-1252 differs from Latin-1 (Node 20's own decoder gets them wrong)
    const d = ok(Buffer.from('The caf\xe9 near the front \x96 \x93troops\x94 cost \x80200m r\xe9sum\xe9', 'latin1'));
    expect(d.text).toBe('The café near the front – “troops” cost €200m résumé');
    expect(d.encoding).toBe('windows-1252');
    expect(d.notes[0]!.reason).toMatch(/not valid UTF-8: decoded as windows-1252/);
  });

  it('uses the charset a page declares when its bytes are not UTF-8', () => {
    const d = ok(Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), 'windows-1251');
    expect(d.text).toBe('Привет');
    expect(d.notes[0]!.reason).toMatch(/declared/);
  });

  it('keeps mostly-UTF-8 text with a few bad bytes, replacing them', () => {
    const d = ok(Buffer.concat([Buffer.from('Kim’s “heroic” troops — '), Buffer.from([0xff]), Buffer.from(' more text’s here')]));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('\ufffd');
    expect(d.notes[0]!.reason).toMatch(/invalid UTF-8: 1 byte sequence replaced/);
  });

  it.each([
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], /PNG image/],
    ['gzip', [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0], /gzip/],
    ['NUL bytes', [0x41, 0, 0, 0x42, 0x43, 0, 0x13, 0x88, 0, 0, 0, 0], /NUL bytes/],
  ])('refuses %s file', (_name, bytes, reason) => {
    const d = decode(Uint8Array.from(bytes as number[]));
    expect(d.ok).toBe(false);
    if (!d.ok) {
      expect(d.rule).toBe('ingest/binary');
      expect(d.reason).toMatch(reason);
    }
  });

  it('keeps text with a few stray NUL bytes, and says so', () => {
    const d = decode(Buffer.from(`Some 15,000 troops\u0000 were sent. ${'More text follows here. '.repeat(20)}`, 'utf8'));
    expect(d.ok).toBe(true);
    if (d.ok) {
      expect(d.text).toContain('troops\u0000 were');
      expect(d.notes.map((n) => n.reason)).toEqual(['1 stray NUL bytes in the text (kept; the cleaner drops them)']);
    }
  });
});
