/**
 * Inputs built to break a text pipeline, each run through the whole of it
 * (decode, HTML or text, clean, segment, every extractor, the ledger) under a
 * time budget far above what it takes, so that a super-linear step shows up
 * as a failure, not as a hang. The times are printed for the record.
 */
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentFromBytes } from '../src/ingest/load.js';
import { buildLedger } from '../src/ledger/build.js';
import { analyze } from '../src/pipeline/analyze.js';
import { defaultConfiguration } from '../src/pipeline/configuration.js';
import { processDoc } from '../src/pipeline/process-doc.js';

const config = defaultConfiguration();
const BUDGET_SECONDS = 30;
const times: string[] = [];

function runWhole(name: string, text: string | Buffer, ext: string) {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const started = performance.now();
  const doc = documentFromBytes(bytes, { id: 'p', input: `p${ext}`, ext });
  const analysis = processDoc(doc, config);
  const ledger = buildLedger([analysis]);
  const seconds = (performance.now() - started) / 1000;
  times.push(`${name}: ${(bytes.length / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s`);
  expect(doc.messages.filter((m) => m.rule.startsWith('internal/'))).toEqual([]);
  expect(seconds).toBeLessThan(BUDGET_SECONDS);
  for (const c of ledger.claims) expect(doc.source.slice(c.span.start, c.span.end)).toBe(c.text);
  for (const q of ledger.quotes) expect(doc.source.slice(q.span.start, q.span.end)).toBe(q.text);
  return { doc, ledger };
}

afterAll(() => {
  console.log(`pathological inputs (whole pipeline, one thread):\n  ${times.join('\n  ')}`);
});

describe('pathological inputs', () => {
  it('1 MB of digits and commas', () => {
    const { doc } = runWhole('digits and commas', '1,234,567,'.repeat(100_000), '.txt');
    expect(doc.status).toBe('ok');
  }, 60_000);

  it('100,000 quotation marks that never close', () => {
    const { ledger } = runWhole('unclosed quotation marks', `He said “${'“ word '.repeat(100_000)}`, '.txt');
    expect(ledger.quotes.length).toBeLessThan(100_000);
  }, 60_000);

  it('a sentence of 50,000 words', () => {
    const words = ['troops', 'of', 'the', 'some', '4,000', 'North', 'Korean', 'said', 'were', 'killed', 'and', 'in', 'Kursk', 'according', 'to'];
    const sentence = Array.from({ length: 50_000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
    const { ledger } = runWhole('one 50,000-word sentence', `${sentence}.`, '.txt');
    expect(ledger.claims.length).toBeGreaterThan(0);
  }, 60_000);

  it('10,000 nested HTML elements', () => {
    const html = `<html><body>${'<div><span>'.repeat(5_000)}Some 15,000 troops were sent, officials said.${'</span></div>'.repeat(5_000)}</body></html>`;
    const { doc } = runWhole('10,000 nested elements', html, '.html');
    expect(doc.text).toContain('Some 15,000 troops were sent');
  }, 60_000);

  it('NUL bytes, right-to-left and zero-width characters inside numbers and names', () => {
    const text = 'Some 15\u200b,000 North\u0000 Korean troops were sent, Kim\u200d Jong\u202e Un said. About \u202b600\u202c soldiers died, Mr.\u00a0Kim said. '.repeat(2_000);
    const { doc } = runWhole('NUL, bidi and zero-width characters', text, '.txt');
    expect(doc.status).toBe('ok');
  }, 60_000);

  it('text whose encodings are mixed (UTF-8 with Windows-1252 bytes inside)', () => {
    const utf8 = Buffer.from('Some 15,000 troops were sent to Russia — officials said “on Monday”. ', 'utf8');
    const cp1252 = Buffer.from([0x93, 0x41, 0x62, 0x6f, 0x75, 0x74, 0x20, 0x36, 0x30, 0x30, 0x94, 0x20, 0x64, 0x69, 0x65, 0x64, 0x2e, 0x20]);
    const { doc } = runWhole('mixed encodings', Buffer.concat(Array.from({ length: 2_000 }, (_, i) => (i % 2 ? cp1252 : utf8))), '.txt');
    expect(doc.status).toBe('ok');
    expect(doc.messages.some((m) => m.rule === 'ingest/encoding')).toBe(true);
  }, 60_000);

  it('a 200 MB file is refused with a clear message above the size limit, and the batch goes on', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tally-huge-'));
    try {
      const huge = path.join(dir, 'huge.txt');
      const handle = await open(huge, 'w');
      await handle.truncate(200 * 1024 * 1024);
      await handle.close();
      const small = path.join(dir, 'small.txt');
      await (await open(small, 'w')).writeFile('Some 15,000 troops were sent, officials said.');
      const started = performance.now();
      const { docs, failed } = await analyze([huge, small]);
      times.push(`200 MB file refused in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      expect(docs).toHaveLength(2);
      expect(failed).toHaveLength(1);
      expect(failed[0]!.messages[0]).toMatchObject({ rule: 'ingest/too-large', reason: '200.0 MB, above the 32.0 MB limit (raise it with --max-size)' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
