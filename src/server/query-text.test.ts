import { describe, expect, it } from 'vitest';
import type { Entity } from '../ledger/schema.js';
import { parseQueryText } from './query-text.js';

const kim: Entity = { id: 'e3', name: 'Kim Jong-un', type: 'person', aliases: ['Kim Jong-un', 'Kim Jong Un'], mentions: [{ doc: 'a', span: { start: 0, end: 11 } }], merged: [] };

describe('parseQueryText', () => {
  it('reads fields, quoted values, synonyms and free words', () => {
    const r = parseQueryText(`measure:killed entity:'Kim Jong Un' after:2025-01-01 before:"2025-06" Kursk region`, [kim]);
    expect(r).toEqual({ ok: true, query: expect.objectContaining({ measure: 'killed', entity: 'e3', from: '2025-01-01', to: '2025-06', q: 'Kursk region' }) });
  });

  it('says what is wrong: an unknown field, an entity no one is named, a date that is not one', () => {
    expect(parseQueryText('colour:red', [])).toMatchObject({ ok: false, error: expect.stringContaining('unknown field "colour:"') });
    expect(parseQueryText('constructor:red', [])).toMatchObject({ ok: false, error: expect.stringContaining('unknown field "constructor:"') });
    expect(parseQueryText('entity:"Nobody Here"', [kim])).toEqual({ ok: false, error: 'no entity is named "Nobody Here"' });
    expect(parseQueryText('after:yesterday', [])).toMatchObject({ ok: false, error: expect.stringContaining('from') });
  });

  it('takes an entity id as it is', () => {
    expect(parseQueryText('entity:e12', [])).toMatchObject({ ok: true, query: { entity: 'e12' } });
  });
});
