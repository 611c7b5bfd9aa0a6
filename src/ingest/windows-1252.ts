/**
 * Windows-1252 decoding. Node 20 (from 20.18.3) decodes `windows-1252` and the
 * labels the Encoding Standard maps to it (latin1, iso-8859-1, ascii) as plain
 * Latin-1, so bytes 0x80–0x9F (“ ” – € …) come out as control characters
 * (nodejs/node#60888). Windows-1252 is Latin-1 with this one block replaced.
 */

// 0x80–0x9F; 0 where Windows-1252 leaves the byte undefined (it then maps to the same code point)
const HIGH_BLOCK = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Labels the Encoding Standard decodes as windows-1252. */
const LABELS = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'l1', 'iso-8859-1', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso-ir-100',
  'ibm819', 'cp819', 'csisolatin1', 'ascii', 'us-ascii', 'ansi_x3.4-1968', 'iso_8859-1:1987',
]);

export function isWindows1252(label: string): boolean {
  return LABELS.has(label.trim().toLowerCase());
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(i + CHUNK, bytes.length);
    const codes = new Array<number>(end - i);
    for (let k = i; k < end; k++) {
      const b = bytes[k]!;
      codes[k - i] = b >= 0x80 && b <= 0x9f ? HIGH_BLOCK[b - 0x80] || b : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
