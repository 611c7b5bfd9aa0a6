import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docExtract, resolveEntities } from '../ledger/doc-extract.js';
import { EntityRegistry } from '../ledger/entities.js';
import { defaultConfiguration } from '../pipeline/configuration.js';
import { prepareReport, withEntityIds } from './prepared-report.js';
import { analyseRaw } from './raw-report.js';
import { unpackMentions } from './packed-mentions.js';

const SAMPLE = path.resolve(import.meta.dirname, '../../examples/kursk-2025');

describe('prepareReport', () => {
  const config = defaultConfiguration();
  const extracts = readdirSync(SAMPLE)
    .filter((f) => f.endsWith('.txt'))
    .map((f, i) => docExtract(analyseRaw({ key: f, input: f, id: `d${i + 1}`, ext: '.txt', bytes: readFileSync(path.join(SAMPLE, f)) }, config)));

  it('gives, once the entity ids are put in, the records the extract resolved by the same registry gives', () => {
    const registry = new EntityRegistry();
    const idOfKey = (doc: string, key: string) => registry.idOfKey(doc, key);
    let named = 0;
    for (const x of extracts) {
      registry.addMentions(x.document.id, x.mentions);
      const prepared = prepareReport(x);
      const resolved = resolveEntities(x, idOfKey);
      const ids = (record: string) => withEntityIds(record, x.document.id, idOfKey);
      expect(prepared.claims.map((c) => ids(c.record))).toEqual(resolved.claims.map((c) => JSON.stringify(c)));
      expect(prepared.attributions.map(ids)).toEqual(resolved.attributions.map((a) => JSON.stringify(a)));
      expect(prepared.quotes.map((q) => ids(q.record))).toEqual(resolved.quotes.map((q) => JSON.stringify(q)));
      named += resolved.claims.filter((c) => c.claimant?.entity).length + resolved.quotes.filter((q) => q.speaker?.entity).length;
    }
    // the sample's claimants and speakers are named: the marks were there to replace
    expect(named).toBeGreaterThan(5);
  });

  it('packs the mentions and gives them back as they were', () => {
    for (const x of extracts) {
      const { mentions } = prepareReport(x);
      expect(unpackMentions(mentions)).toEqual(x.mentions);
      // each name once: fewer strings than the mentions' four each
      expect(mentions.strings.length).toBeLessThan(x.mentions.length * 4);
    }
    expect(extracts.reduce((n, x) => n + x.mentions.length, 0)).toBeGreaterThan(50);
  });

  it('keeps each claim\'s columns beside its record', () => {
    const claims = extracts.flatMap((x) => prepareReport(x).claims);
    expect(claims.length).toBeGreaterThan(10);
    for (const c of claims) {
      const claim = JSON.parse(c.record) as { id: string; measure: string; partOf: string | null };
      expect([c.id, c.measure, c.partOf]).toEqual([claim.id, claim.measure, claim.partOf]);
      expect(c.bucket.startsWith(claim.measure)).toBe(true);
    }
  });
});

describe('withEntityIds', () => {
  const ids = new Map([['the "quoted" \\ key', 'e7']]);
  const idOfKey = (_doc: string, key: string) => ids.get(key) ?? null;

  it('replaces a marked key however JSON escaped it, and a key the registry does not know with null', () => {
    const record = JSON.stringify({ claimant: { entity: '\u0000the "quoted" \\ key' }, via: [{ entity: '\u0000unknown' }, { entity: 'e3' }] });
    expect(JSON.parse(withEntityIds(record, 'd1', idOfKey))).toEqual({ claimant: { entity: 'e7' }, via: [{ entity: null }, { entity: 'e3' }] });
  });

  it('leaves alone a text that holds the mark or the field\'s name', () => {
    const record = JSON.stringify({ text: '"entity":"\u0000the "quoted" \\ key"', entity: 'e1' });
    expect(withEntityIds(record, 'd1', idOfKey)).toBe(record);
  });
});
