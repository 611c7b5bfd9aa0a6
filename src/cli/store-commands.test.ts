import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import type { Claim, Ledger } from '../ledger/schema.js';
import { runCli } from '../test-support/cli.js';
import { BACKENDS } from '../../test/support/stores.js';
import { Store } from '../store/store.js';
import { claimsJsonLd } from '../report/export/claims-jsonld.js';
import { claimsCsv, quotesCsv } from '../report/export/csv.js';
import { renderDigest } from '../report/digest.js';
import { renderHtmlReport } from '../report/html/report.js';
import { reportTexts } from '../report/html/texts.js';
import { analyze } from '../pipeline/analyze.js';

const root = new URL('../../', import.meta.url).pathname;
const sample = path.join(root, 'examples/kursk-2025');
const extra = path.join(root, 'test/fixtures/extra-report.txt');

describe.each(BACKENDS)('tally ingest, query, export and report on $name', (backend) => {
  it('ingests, skips what it has, adds what is new, and reads the store back', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tally-store-cli-'));
    const { location, dispose } = await backend.fresh();
    const store = backend.name === 'sqlite' ? 'tally.db' : location;
    try {
      const first = await runCli(['ingest', sample, '--store', store], dir);
      expect(first.code).toBe(0);
      expect(first.stderr).toMatch(/5 added, 0 replaced, 0 unchanged, 0 failed; \d+ buckets regrouped/);
      const again = await runCli(['ingest', sample, '--store', store, '--quiet'], dir);
      expect(again).toMatchObject({ code: 0, stderr: '' });
      const third = await runCli(['ingest', sample, extra, '--store', store], dir);
      expect(third.stderr).toMatch(/1 added, 0 replaced, 5 unchanged, 0 failed/);

      const table = await runCli(['query', '--store', store, 'measure:killed status:conflict'], dir);
      expect(table.code).toBe(0);
      expect(table.stdout).toMatch(/^figure\s+measure\s+claimant\s+said\s+report/);
      expect(table.stdout).toMatch(/~6,000 +killed \(North Korean soldiers\) +British defence ministry/);
      expect(table.stdout).toMatch(/\d+ claims\n$/);
      const none = await runCli(['query', '--store', store, 'measure:killed before:1990'], dir);
      expect(none.code).toBe(1);
      const bad = await runCli(['query', '--store', store, 'colour:red'], dir);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/unknown field "colour:"/);

      const csv = await runCli(['export', '--store', store, '--format', 'csv'], dir);
      const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
      const ledgerJson = await runCli(['export', '--store', store], dir);
      const ledger = JSON.parse(ledgerJson.stdout) as Ledger;
      expect(rows.map((r) => r['id'])).toEqual(ledger.claims.map((c) => c.id));
      expect(ledger.documents).toHaveLength(6);
      const named = ledger.claims.find((c) => c.claimant?.entity && c.claimant.name)!.claimant!;
      const json = await runCli(['query', '--store', store, '--format', 'json', `entity:"${named.name}" after:2025-01-01`], dir);
      const byEntity = JSON.parse(json.stdout) as Claim[];
      expect(byEntity.length).toBeGreaterThan(0);
      for (const c of byEntity) expect([c.claimant?.entity, ...c.via.map((v) => v.entity)]).toContain(named.entity);
      const ndjson = await runCli(['export', '--store', store, '--format', 'ndjson', '--what', 'quotes'], dir);
      expect(ndjson.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(ledger.quotes.map((q) => q.id));
      for (const what of ['claims', 'documents', 'groups', 'entities', 'events', 'copies'] as const) {
        const lines = await runCli(['export', '--store', store, '--format', 'ndjson', '--what', what], dir);
        expect(lines.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown), what).toEqual(ledger[what]);
      }
      const toFile = await runCli(['export', '--store', store, '--out', 'export/ledger.json'], dir);
      expect(toFile).toMatchObject({ code: 0, stdout: '' });
      expect(await readFile(path.join(dir, 'export/ledger.json'), 'utf8')).toBe(ledgerJson.stdout);

      // the ledger, the tables and the claims as JSON-LD are written as the store is read; the digest and the page from
      // the ledger as shown, without its attributions: no report gathers the whole ledger
      const wholeLedger = vi.spyOn(Store.prototype, 'ledger');
      const shownLedger = vi.spyOn(Store.prototype, 'shownLedger');
      try {
        const report = await runCli(['report', '--store', store, '--out', 'out'], dir);
        expect(report.code).toBe(0);
        expect(report.stderr).toMatch(/6 reports, \d+ claims from .* → out\/ledger\.json, out\/digest\.md, out\/report\.html/);
        expect(shownLedger).toHaveBeenCalledTimes(1);
        const held = await runCli(['report', '--store', store, '--out', 'held', '--format', 'md,csv,jsonld'], dir);
        expect(held.code).toBe(0);
        const read = await runCli(['report', '--store', store, '--out', 'read', '--format', 'json,csv,jsonld'], dir);
        expect(read.code).toBe(0);
        expect(read.stderr).toMatch(/6 reports, \d+ claims from .* → read\/ledger\.json, read\/claims\.csv, read\/quotes\.csv, read\/claims\.jsonld\n$/);
        expect(shownLedger).toHaveBeenCalledTimes(2);
        expect(wholeLedger).not.toHaveBeenCalled();
      } finally {
        wholeLedger.mockRestore();
        shownLedger.mockRestore();
      }
      expect(await readFile(path.join(dir, 'out/ledger.json'), 'utf8')).toBe(ledgerJson.stdout);
      // the pages the whole ledger gives, with the texts the reports were analysed to
      const analysed = await analyze([sample, extra]);
      expect(analysed.docs.map((d) => d.id)).toEqual(ledger.documents.map((d) => d.id));
      expect(await readFile(path.join(dir, 'out/digest.md'), 'utf8')).toBe(renderDigest(ledger));
      expect(await readFile(path.join(dir, 'held/digest.md'), 'utf8')).toBe(renderDigest(ledger));
      expect(await readFile(path.join(dir, 'out/report.html'), 'utf8')).toBe(await renderHtmlReport(ledger, reportTexts(analysed.docs)));
      expect(await readFile(path.join(dir, 'out/report.html'), 'utf8')).toContain('<span class="figure" id="c-');
      expect(await readFile(path.join(dir, 'read/ledger.json'), 'utf8')).toBe(ledgerJson.stdout);
      for (const [file, text] of [['claims.csv', claimsCsv(ledger)], ['quotes.csv', quotesCsv(ledger)], ['claims.jsonld', claimsJsonLd(ledger)]] as const) {
        expect(await readFile(path.join(dir, 'read', file), 'utf8'), file).toBe(text);
        expect(await readFile(path.join(dir, 'held', file), 'utf8'), file).toBe(text);
      }
      // what is read apart from the claims: the claimants' entity types, the reports' headlines and dates
      expect(claimsJsonLd(ledger)).toMatch(/"author": \{\n\s+"@type": "Person"/);
      expect(claimsJsonLd(ledger)).toMatch(/"headline": "\w/);
      expect(claimsJsonLd(ledger)).toMatch(/"@type": "NewsArticle",\n\s+"datePublished": "2025-\d\d-\d\d"/);
    } finally {
      await dispose();
    }
  }, 60_000);
});

describe('store commands without a store', () => {
  it('say there is none rather than make an empty one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tally-store-cli-'));
    for (const command of ['query', 'export', 'report']) {
      const run = await runCli([command, '--store', 'missing.db'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/no store at missing\.db/);
    }
  });
});
