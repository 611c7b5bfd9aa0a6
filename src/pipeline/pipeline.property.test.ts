/**
 * The whole pipeline on hostile text: random mixtures of news phrases, markup,
 * quotation marks, numbers and invisible or control characters, read as plain
 * text, markdown and HTML. Whatever comes in, no stage throws (an internal
 * error would fail the document), every span in the ledger lies in its
 * document's source and reads the text stored beside it, and the same input
 * gives the same ledger.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFromBytes } from '../ingest/load.js';
import { buildLedger } from '../ledger/build.js';
import type { Ledger } from '../ledger/schema.js';
import { defaultConfiguration } from './configuration.js';
import { processDoc } from './process-doc.js';

const PIECES = [
  ' ', '  ', '\n', '\n\n', '\r\n', '\t', '. ', ', ', '“', '”', '"', '‘', '’', "'", '«', '»', '(', ')', '[', ']', '-', '—', ':', ';',
  'Some 15,000 North Korean troops', 'about 600', 'as many as 4,000', '11,000 to 12,000', '$200 million', '60 percent', 'MiG-29', '2024',
  'were sent to Russia', 'have been killed', 'said', 'told reporters', 'according to', 'Ukrainian intelligence', 'Kim Jong Un', 'Mr. Kim',
  'he said', 'the Kremlin', 'on Monday', 'last week', 'in April 2025', 'three months', 'Updated', 'Published April 27, 2025', 'By Jane Doe',
  'Related:', 'Subscribe', 'Photo: AFP', '# ', '**', '_', '[link](http://x)', '![img](a.png)', '<!--', '-->', '<p>', '</p>', '<b>', '<div>',
  '&amp;', '&#x27;', '&nbsp;', '\u200b', '\u200f', '\u202e', '\u00ad', '\u0000', '\ufeff', '\u2028', '١٢٣', '😀', '\ud800',
];

/** Whole sentences, so that the noise sits around and inside things the extractors do find. */
const SENTENCES = [
  'Some 15,000 North Korean troops were sent to Russia, South Korean intelligence said on Monday.',
  'As many as 4,000 soldiers have been killed or wounded, according to Ukrainian officials.',
  '“We will not back down,” Kim Jong Un said in a statement carried by KCNA.',
  'The Kremlin denied that 600 troops had died in April 2025.',
  'Pyongyang plans to send an additional 25,000 to 30,000 troops, CNN reported, citing officials.',
];

const source = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SENTENCES) }, { weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 5 }) }), { maxLength: 70 })
  .map((p) => p.join(''));
const kind = fc.constantFrom('.txt', '.md', '.html');
const config = defaultConfiguration();

function run(text: string, ext: string): { ledger: Ledger; sources: Map<string, string>; internal: string[] } {
  const doc = documentFromBytes(Buffer.from(ext === '.html' ? `<html><body><article>${text}</article></body></html>` : text, 'utf8'), { id: 'd', input: `d${ext}`, ext });
  const analysis = processDoc(doc, config);
  return {
    ledger: buildLedger([analysis]),
    sources: new Map([[doc.id, doc.source]]),
    internal: doc.messages.filter((m) => m.rule.startsWith('internal/')).map((m) => m.reason),
  };
}

/** Every `{span, text}` pair inside an item, with where it is. */
function spanned(value: unknown, at: string, out: { at: string; start: number; end: number; text: string }[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => spanned(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const span = o['span'] as { start?: unknown; end?: unknown } | undefined;
    if (span && typeof span.start === 'number' && typeof span.end === 'number' && typeof o['text'] === 'string') out.push({ at, start: span.start, end: span.end, text: o['text'] });
    for (const [k, v] of Object.entries(o)) if (k !== 'span') spanned(v, `${at}.${k}`, out);
  }
}

describe('the whole pipeline on hostile text', () => {
  it('never fails inside, keeps every span on its source text, and gives the same ledger twice', () => {
    let checked = 0;
    fc.assert(
      fc.property(source, kind, (text, ext) => {
        const { ledger, sources, internal } = run(text, ext);
        expect(internal).toEqual([]);
        const items: { at: string; start: number; end: number; text: string }[] = [];
        for (const key of ['claims', 'quotes', 'attributions', 'times', 'events'] as const) {
          for (const [i, item] of (ledger[key] as unknown as { doc: string }[]).entries()) {
            const found: typeof items = [];
            spanned(item, `${key}[${i}]`, found);
            const src = sources.get(item.doc)!;
            for (const f of found) {
              expect(f.start).toBeGreaterThanOrEqual(0);
              expect(f.end).toBeLessThanOrEqual(src.length);
              expect({ at: f.at, text: src.slice(f.start, f.end) }).toEqual({ at: f.at, text: f.text });
            }
            items.push(...found);
            checked += found.length;
          }
        }
        const again = run(text, ext).ledger;
        expect(JSON.stringify({ ...again, generator: null })).toBe(JSON.stringify({ ...ledger, generator: null }));
      }),
      { numRuns: 1000 },
    );
    // the inputs do produce claims, quotes and attributions to check
    expect(checked).toBeGreaterThan(1000);
  });
});
