import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleaned } from '../test-support/docs.js';
import { packBody, unpackBody } from './body-codec.js';

const KURSK = path.join(import.meta.dirname, '../../examples/kursk-2025');

/** A source and its clean text made of pieces: copies (flagged linear, their characters the source's or, where `same` is false, not) and replacements. */
const derived = fc
  .array(fc.record({ linear: fc.boolean(), same: fc.boolean(), source: fc.string({ unit: 'binary', maxLength: 12 }), clean: fc.string({ unit: 'binary', maxLength: 12 }) }), { maxLength: 30 })
  .map((pieces) => {
    let source = '';
    let body = '';
    const from = [0];
    const to = [0];
    const linear: boolean[] = [];
    for (const p of pieces) {
      // a linear interval has equal lengths; one whose characters differ is a bad map, kept as text
      const s = p.source;
      const c = p.linear ? (p.same ? s : [...s].reverse().join('').slice(0, s.length).padEnd(s.length, 'x')) : p.clean;
      source += s;
      body += c;
      if (p.linear && c.length !== s.length) continue;
      from.push(body.length);
      to.push(source.length);
      linear.push(p.linear);
    }
    return { source, body, map: { from, to, linear } };
  })
  .filter(({ body, map }) => map.from[map.from.length - 1] === body.length);

describe('body codec', () => {
  it('gives back the clean text of any map, copies whose characters differ from the source included', () => {
    fc.assert(
      fc.property(derived, ({ source, body, map }) => {
        expect(unpackBody(packBody(body, source, map), source)).toBe(body);
      }),
    );
  });

  it('keeps a cleaned report as runs of its source and what cleaning made, a small part of the text', () => {
    for (const name of readdirSync(KURSK).filter((f) => f.endsWith('.txt'))) {
      const source = readFileSync(path.join(KURSK, name), 'utf8');
      const doc = cleaned(source);
      const packed = packBody(doc.text, source, doc.map.toJSON());
      expect(unpackBody(packed, source), name).toBe(doc.text);
      expect(packed.length, name).toBeLessThan(doc.text.length / 4);
    }
  });

  it('reads a clean text stored before as a JSON string, and a text its map does not cover', () => {
    expect(unpackBody(JSON.stringify('Seoul said 11,000.'), 'Seoul  said\n11,000.')).toBe('Seoul said 11,000.');
    const map = { from: [0, 5], to: [0, 5], linear: [true] };
    expect(unpackBody(packBody('Seoul said', 'Seoul', map), 'Seoul')).toBe('Seoul said');
  });
});
