import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../core/doc.js';
import { buildLedger } from '../../ledger/build.js';
import { defaultConfiguration } from '../../pipeline/configuration.js';
import { processDoc } from '../../pipeline/process-doc.js';
import { collect } from '../../core/collect.js';
import { claimsJsonLd, claimsJsonLdText, jsonLdContext } from './claims-jsonld.js';
import { claimsCsv, quotesCsv } from './csv.js';

const source = 'Seoul said about 600 North Korean soldiers were killed in Kursk. "That is far, far too low," Kim Jong Un said.';
const analysis = processDoc(createDoc({ id: 'd0', input: 'd0.txt', kind: 'text', sha256: '', encoding: 'utf-8', source, meta: { published: { value: '2025-04-28', basis: 'manifest' }, outlet: { value: 'Example News', basis: 'manifest' } } }), defaultConfiguration());
const ledger = buildLedger([analysis]);

describe('claims.csv and quotes.csv', () => {
  it('one row per figure, with its claimant, family, place and where it is written', () => {
    const rows = parse(claimsCsv(ledger), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ report: 'd0', outlet: 'Example News', figure: '~600', low: '600', qualifier: 'approx', measure: 'killed', claimant: 'Seoul', family: 'South Korea', place: 'Kursk', said: '2025-04-28', as_written: 'about 600' });
    expect(source.slice(Number(rows[0]!['start']), Number(rows[0]!['end']))).toBe('about 600');
  });

  it('keeps commas and quotation marks inside a quoted cell', () => {
    const rows = parse(quotesCsv(ledger), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ quote: 'That is far, far too low,', speaker: 'Kim Jong Un' });
    expect(quotesCsv(ledger)).toContain('"That is far, far too low,"');
  });
});

describe('claims.jsonld', () => {
  it('a schema.org Claim per figure, with its author and the article it appears in', () => {
    const doc = JSON.parse(claimsJsonLd(ledger)) as { '@context': string; '@graph': Record<string, unknown>[] };
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph']).toEqual([
      {
        '@type': 'Claim',
        '@id': '#d0:c1',
        text: 'about 600 North Korean soldiers (killed)',
        datePublished: '2025-04-28',
        author: { '@type': 'Organization', name: 'Seoul' },
        appearance: { '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Example News' }, datePublished: '2025-04-28' },
      },
    ]);
  });

  it('written a record at a time, with the bytes of the whole string, an empty graph too', async () => {
    expect((await collect(claimsJsonLdText(ledger.claims, jsonLdContext(ledger)))).join('')).toBe(claimsJsonLd(ledger));
    const empty = { ...ledger, claims: [] };
    expect((await collect(claimsJsonLdText([], jsonLdContext(empty)))).join('')).toBe(claimsJsonLd(empty));
    expect(claimsJsonLd(empty)).toContain('"@graph": []');
  });
});
