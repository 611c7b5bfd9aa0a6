import { describe, expect, it } from 'vitest';
import { createDoc } from '../core/doc.js';
import { prepareDoc, processDoc } from './process-doc.js';
import { defaultConfiguration } from './configuration.js';

const config = defaultConfiguration();
const source = 'SEOUL, April 28, 2025 — About 600 North Korean soldiers were killed in Kursk, South Korea said on Monday.';
const doc = () => createDoc({ id: 'd', input: 'd.txt', kind: 'text', sha256: '', encoding: 'utf-8', source });

describe('processDoc', () => {
  it('lets the tokens go once the extractors are done, keeping what later stages read', () => {
    const prepared = doc();
    prepareDoc(prepared, config);
    expect(prepared.tokens.length).toBeGreaterThan(15);
    const analysis = processDoc(doc(), config);
    // a batch holds every report's analysis until its ledger is built: the tokens were most of it
    expect(analysis.doc.tokens).toEqual([]);
    expect(analysis.doc.sentences).toEqual(prepared.sentences);
    expect(analysis.doc.text).toBe(prepared.text);
    const killed = analysis.figures.find((f) => f.low === 600)!;
    const span = analysis.doc.map.spanToSource(killed.range);
    expect(source.slice(span.start, span.end)).toBe('About 600');
  });
});
