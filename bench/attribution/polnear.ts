/**
 * PolNeAR dev as gold relations: brat standoff files beside their texts.
 * Offsets are characters (code points); converted here to UTF-16 units to
 * compare with Tally's spans. Where a text was annotated by several
 * annotators, the first annotator id in sort order is the gold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Span } from '../../src/core/span.js';

export interface GoldRelation {
  readonly source: Span[] | null;
  readonly cue: Span[];
  readonly content: Span[];
}

export interface GoldText {
  readonly name: string;
  /** annotator id of the annotation used */
  readonly annotator: string;
  readonly text: string;
  readonly relations: GoldRelation[];
  /** other annotators of the same text, when there were several */
  readonly otherAnnotators: string[];
}

export function readPolnear(dir: string): GoldText[] {
  const byText = new Map<string, string[]>();
  for (const f of readdirSync(path.join(dir, 'attributions')).sort()) {
    const m = /^(.*)_([0-9a-f]+)\.ann$/.exec(f);
    if (!m) continue;
    byText.set(m[1]!, [...(byText.get(m[1]!) ?? []), m[2]!]);
  }
  const out: GoldText[] = [];
  for (const [name, annotators] of byText) {
    const text = readFileSync(path.join(dir, 'text', `${name}.txt`), 'utf8');
    const toUtf16 = codePointToUtf16(text);
    const ann = readFileSync(path.join(dir, 'attributions', `${name}_${annotators[0]}.ann`), 'utf8');
    out.push({ name, annotator: annotators[0]!, text, relations: parseAnn(ann, toUtf16), otherAnnotators: annotators.slice(1) });
  }
  return out;
}

function parseAnn(ann: string, toUtf16: (i: number) => number): GoldRelation[] {
  const spans = new Map<string, Span[]>();
  const relations: GoldRelation[] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body) continue;
    const ranges = body.slice(body.indexOf(' ') + 1);
    spans.set(id, ranges.split(';').map((r) => {
      const [s, e] = r.trim().split(' ').map(Number);
      return { start: toUtf16(s!), end: toUtf16(e!) };
    }));
  }
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('E') || !body) continue;
    const roles = new Map(body.split(' ').map((kv) => kv.split(':') as [string, string]));
    const cue = spans.get(roles.get('Cue') ?? '');
    const content = spans.get(roles.get('Content') ?? '');
    if (!cue || !content) continue;
    const source = roles.has('Source') ? (spans.get(roles.get('Source')!) ?? null) : null;
    relations.push({ source, cue, content });
  }
  return relations;
}

function codePointToUtf16(text: string): (i: number) => number {
  const table: number[] = [];
  let unit = 0;
  for (const ch of text) {
    table.push(unit);
    unit += ch.length;
  }
  table.push(unit);
  return (i) => table[i] ?? unit;
}
