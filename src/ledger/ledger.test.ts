import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type AnalyzeResult } from '../pipeline/analyze.js';
import { LedgerSchema, ledgerJsonSchema } from './schema.js';
import { verifyLedgerSpans } from './verify.js';

const root = new URL('../../', import.meta.url).pathname;

describe('ledger format v1', () => {
  let result: AnalyzeResult;
  beforeAll(async () => {
    result = await analyze(['examples/kursk-2025'], { cwd: root });
  });

  it('has a checked-in JSON Schema that matches the types (run `npm run schema` after changing them)', () => {
    const checkedIn: unknown = JSON.parse(readFileSync(`${root}docs/ledger.schema.json`, 'utf8'));
    expect(checkedIn).toEqual(JSON.parse(JSON.stringify(ledgerJsonSchema())));
  });

  it('validates the sample ledger against the JSON Schema and the types', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(ledgerJsonSchema());
    const json: unknown = JSON.parse(JSON.stringify(result.ledger));
    expect(validate(json) ? [] : validate.errors).toEqual([]);
    expect(LedgerSchema.safeParse(json).success).toBe(true);
  });

  it('keeps every span of the ledger on its source text', () => {
    const sources = new Map(result.docs.map((d) => [d.id, d.source]));
    expect(verifyLedgerSpans(result.ledger, (id) => sources.get(id))).toEqual([]);
    const spans = result.ledger.documents.flatMap((d) => d.messages.filter((m) => m.span));
    expect(spans.length).toBeGreaterThan(4);
  });

  it('keeps claim spans on the raw HTML, entities and markup included', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tally-ledger-'));
    const html = '<html><body><article><p>As many as 4&nbsp;000 <b>North Korean</b> troops have been killed,\n   officials said; some &#36;200 million was paid.</p></article></body></html>';
    await writeFile(path.join(dir, 'page.html'), html);
    const { ledger, docs } = await analyze(['page.html'], { cwd: dir });
    const texts = ledger.claims.map((c) => c.text);
    expect(texts).toEqual(['As many as 4&nbsp;000', 'some &#36;200 million']);
    // a span runs from the first character its text came from to the last: markup in between stays in it
    expect(ledger.claims[0]!.counted?.text).toBe('North Korean</b> troops');
    expect(verifyLedgerSpans(ledger, () => docs[0]!.source)).toEqual([]);
  });

  it('finds a span whose text does not match its source', () => {
    const ledger = structuredClone(result.ledger);
    const m = ledger.documents[0]!.messages.find((x) => x.span)!;
    m.text = `${m.text}!`;
    const sources = new Map(result.docs.map((d) => [d.id, d.source]));
    expect(verifyLedgerSpans(ledger, (id) => sources.get(id))).toHaveLength(1);
  });

  it('is the same for the same input', async () => {
    const again = await analyze(['examples/kursk-2025'], { cwd: root });
    expect(JSON.stringify(again.ledger)).toBe(JSON.stringify(result.ledger));
  });
});
