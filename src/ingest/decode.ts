/**
 * Bytes → text. UTF-8 (with or without BOM) and UTF-16 (with BOM, or without
 * one when the NUL pattern is unmistakable) decode exactly; text that is not
 * valid UTF-8 is decoded with the legacy encoding it most likely uses, and the
 * document says so. Binary files are refused with the reason.
 */
import chardet from 'chardet';
import { message, type Message } from '../core/message.js';
import { decodeWindows1252, isWindows1252 } from './windows-1252.js';

export type Decoded =
  | { ok: true; text: string; encoding: string; notes: Message[] }
  | { ok: false; rule: string; reason: string };

const SNIFF = 64 * 1024;

const MAGIC: ReadonlyArray<[string, number[]]> = [
  ['a gzip-compressed file', [0x1f, 0x8b]],
  ['a ZIP archive (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PDF file', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

export function decode(bytes: Uint8Array, declared?: string): Decoded {
  if (bytes.length >= 4 && ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff))) {
    return { ok: false, rule: 'ingest/encoding', reason: 'UTF-32 text is not supported; convert it to UTF-8' };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
    const notes = [message('ingest/encoding', 'info', 'UTF-8 with a byte-order mark (removed)')];
    return withReplacementNote({ ok: true, text, encoding: 'utf-8', notes });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le', 'UTF-16 (little-endian, with byte-order mark)');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be', 'UTF-16 (big-endian, with byte-order mark)');

  const head = bytes.subarray(0, SNIFF);
  for (const [what, magic] of MAGIC) {
    if (magic.every((b, i) => head[i] === b)) return { ok: false, rule: 'ingest/binary', reason: `not a text file: ${what}` };
  }
  const nulls = countNulls(head);
  const notes: Message[] = [];
  if (nulls > 0) {
    const bomless = bomlessUtf16(head);
    if (bomless) return utf16(bytes, bomless, `UTF-16 without byte-order mark (${bomless === 'utf-16le' ? 'little' : 'big'}-endian, from the NUL-byte pattern)`, 'warning');
    // a few stray NUL bytes in otherwise good text (a damaged scrape) are kept; binary files have many more
    if (nulls > head.length * STRAY_NUL_SHARE || !isUtf8(bytes)) return { ok: false, rule: 'ingest/binary', reason: `not a text file: ${nulls} NUL bytes in the first ${head.length} bytes` };
    notes.push(message('ingest/encoding', 'warning', `${countNulls(bytes)} stray NUL bytes in the text (kept; the cleaner drops them)`));
  }
  if (controlShare(head) > 0.1) return { ok: false, rule: 'ingest/binary', reason: 'not a text file: too many control characters' };

  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', notes };
  } catch {
    // not valid UTF-8: decide between damaged UTF-8 and a legacy encoding below
  }
  const { valid, invalid } = utf8Sequences(bytes);
  if (valid > invalid * 4) {
    const text = new TextDecoder('utf-8').decode(bytes);
    return {
      ok: true,
      text,
      encoding: 'utf-8',
      notes: [message('ingest/encoding', 'warning', `invalid UTF-8: ${invalid} byte sequence${invalid === 1 ? '' : 's'} replaced with U+FFFD (mixed encodings?)`)],
    };
  }
  const encoding = legacyEncoding(bytes, declared);
  const text = isWindows1252(encoding) ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
  return {
    ok: true,
    text,
    encoding,
    notes: [message('ingest/encoding', 'warning', `not valid UTF-8: decoded as ${encoding}${declared && sameEncoding(declared, encoding) ? ' (declared)' : ' (detected)'}`)],
  };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', what: string, severity: 'info' | 'warning' = 'info'): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  return withReplacementNote({ ok: true, text, encoding, notes: [message('ingest/encoding', severity, what)] });
}

function withReplacementNote(d: Extract<Decoded, { ok: true }>): Decoded {
  const bad = countChar(d.text, 0xfffd);
  if (bad > 0) d.notes.push(message('ingest/encoding', 'warning', `${bad} undecodable sequence${bad === 1 ? '' : 's'} replaced with U+FFFD`));
  return d;
}

function countChar(text: string, code: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === code) n++;
  return n;
}

/** NUL bytes above this share of the first bytes mean a binary file. */
const STRAY_NUL_SHARE = 0.02;

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function countNulls(b: Uint8Array): number {
  let n = 0;
  for (const x of b) if (x === 0) n++;
  return n;
}

function bomlessUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b.length < 4) return null;
  let evenNull = 0;
  let oddNull = 0;
  for (let i = 0; i + 1 < b.length; i += 2) {
    if (b[i] === 0) evenNull++;
    if (b[i + 1] === 0) oddNull++;
  }
  const pairs = Math.floor(b.length / 2);
  if (oddNull > pairs * 0.4 && evenNull < pairs * 0.05) return 'utf-16le';
  if (evenNull > pairs * 0.4 && oddNull < pairs * 0.05) return 'utf-16be';
  return null;
}

function controlShare(b: Uint8Array): number {
  if (b.length === 0) return 0;
  let n = 0;
  for (const x of b) if (x < 0x20 && x !== 9 && x !== 10 && x !== 13 && x !== 12 && x !== 0x1b) n++;
  return n / b.length;
}

/** Counts well-formed multi-byte UTF-8 sequences and malformed bytes. */
function utf8Sequences(b: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; ) {
    const x = b[i]!;
    const need = x < 0x80 ? 0 : x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1;
    if (need === 0) {
      i++;
      continue;
    }
    if (need < 0) {
      invalid++;
      i++;
      continue;
    }
    let ok = i + need < b.length;
    for (let k = 1; ok && k <= need; k++) ok = (b[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function legacyEncoding(bytes: Uint8Array, declared?: string): string {
  if (declared && !/^utf-?8$/i.test(declared) && supported(declared)) return canonical(declared);
  const guess = chardet.detect(bytes);
  if (guess && !/^utf|^ascii$/i.test(guess) && supported(guess)) return canonical(guess);
  return 'windows-1252';
}

/** The name the Encoding Standard gives a label (only windows-1252 needs it here: Node 20 reports others faithfully). */
function canonical(label: string): string {
  return isWindows1252(label) ? 'windows-1252' : label.toLowerCase();
}

function supported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function sameEncoding(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}
