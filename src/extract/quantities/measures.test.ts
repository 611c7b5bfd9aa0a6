import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../refine/figures/measure.js';

const docs = readFileSync(new URL('../../../docs/ledger.md', import.meta.url), 'utf8');

describe('the measure vocabulary', () => {
  it('is documented measure by measure in docs/ledger.md', () => {
    for (const m of MEASURES) expect(docs, m.id).toContain(`| \`${m.id}\` |`);
  });

  it("covers GDELT's count types", () => {
    const covered = new Set(MEASURES.flatMap((m) => m.gdelt));
    for (const t of ['KILL', 'WOUND', 'ARREST', 'KIDNAP', 'AFFECT', 'PROTEST', 'SEIZE']) expect(covered.has(t), t).toBe(true);
  });

  it('has unique ids and no cue listed twice within a measure', () => {
    expect(new Set(MEASURES.map((m) => m.id)).size).toBe(MEASURES.length);
    for (const m of MEASURES) expect(new Set(m.cues).size, m.id).toBe(m.cues.length);
  });
});
