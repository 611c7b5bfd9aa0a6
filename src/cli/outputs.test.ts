import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../core/collect.js';
import { analyze, type AnalyzeResult } from '../pipeline/analyze.js';
import { digestPieces, renderDigest } from '../report/digest.js';
import { claimsJsonLd } from '../report/export/claims-jsonld.js';
import { claimsCsv, quotesCsv } from '../report/export/csv.js';
import { heldLedgerJsonText } from '../report/export/ledger-json.js';
import { htmlReportPieces, renderHtmlReport } from '../report/html/report.js';
import { reportTexts } from '../report/html/texts.js';
import { outputs, writeOutputs } from './outputs.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the ledger and the page, written a piece at a time', () => {
  let result: AnalyzeResult;
  beforeAll(async () => {
    result = await analyze([path.join(ROOT, 'examples/kursk-2025')]);
  });

  it('writes the bytes the whole-string forms give', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tally-outputs-'));
    const texts = reportTexts(result.docs);
    const written = await writeOutputs(['json', 'md', 'html', 'csv', 'jsonld'], (f) => outputs(f, result.ledger, () => texts), dir, dir);
    expect(written).toEqual(['ledger.json', 'digest.md', 'report.html', 'claims.csv', 'quotes.csv', 'claims.jsonld']);
    expect(await readFile(path.join(dir, 'claims.csv'), 'utf8')).toBe(claimsCsv(result.ledger));
    expect(await readFile(path.join(dir, 'quotes.csv'), 'utf8')).toBe(quotesCsv(result.ledger));
    expect(await readFile(path.join(dir, 'digest.md'), 'utf8')).toBe(renderDigest(result.ledger));
    expect(await readFile(path.join(dir, 'ledger.json'), 'utf8')).toBe(`${JSON.stringify(result.ledger, null, 2)}\n`);
    expect(await readFile(path.join(dir, 'report.html'), 'utf8')).toBe(await renderHtmlReport(result.ledger, texts));
    expect(await readFile(path.join(dir, 'claims.jsonld'), 'utf8')).toBe(claimsJsonLd(result.ledger));
  });

  it('never makes the ledger one string: each piece is a page of text or one record', async () => {
    const pieces = await collect(heldLedgerJsonText(result.ledger));
    const records = Object.values(result.ledger).flatMap((v: unknown) => (Array.isArray(v) ? v : []));
    const longestRecord = Math.max(...records.map((r) => JSON.stringify(r, null, 2).length));
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces) expect(p.length).toBeLessThan((1 << 16) + 2 * longestRecord);
  });

  it('never makes the digest one string: each section is a piece of its own', () => {
    const pieces = [...digestPieces(result.ledger)];
    for (const p of pieces) expect(p.match(/^## /gm)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(pieces.filter((p) => /^## /m.test(p)).length).toBeGreaterThan(5);
  });

  it('never makes the page one string: each report is a piece of its own', async () => {
    const pieces = await collect(htmlReportPieces(result.ledger, reportTexts(result.docs)));
    const articles = pieces.filter((p) => p.includes('<article'));
    expect(articles).toHaveLength(result.ledger.documents.length);
    for (const p of articles) expect(p.split('<article').length).toBe(2);
  });
});
