/**
 * Golden tests: per sample article, the clean text, the structure and the
 * document record must stay as reviewed. After an intended change, run
 * `npm run golden` and read the diff.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { CORPUS_DIGEST, GOLDEN_CORPORA, goldenDigest, goldenFiles } from './render.js';

const root = path.resolve(import.meta.dirname, '../..');

describe.each(GOLDEN_CORPORA)('golden: %s', async (corpus) => {
  const { analyses, ledger } = await analyze([`examples/${corpus}`], { cwd: root });
  it('digest of the batch', () => {
    const expected = readFileSync(path.join(import.meta.dirname, corpus, CORPUS_DIGEST), 'utf8');
    expect(goldenDigest(ledger), `${corpus}/${CORPUS_DIGEST} (run npm run golden to regenerate)`).toBe(expected);
  });
  it.each(analyses.map((a) => [a.doc.id, a] as const))('%s', (id, analysis) => {
    for (const [name, content] of Object.entries(goldenFiles(analysis))) {
      const expected = readFileSync(path.join(import.meta.dirname, corpus, id, name), 'utf8');
      expect(content, `${corpus}/${id}/${name} (run npm run golden to regenerate)`).toBe(expected);
    }
  });
});
