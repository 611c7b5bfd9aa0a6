/** Regenerates the golden files under test/golden from the sample corpora (npm run golden); review the diff. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/pipeline/analyze.js';
import { CORPUS_DIGEST, GOLDEN_CORPORA, goldenDigest, goldenFiles } from '../test/golden/render.js';

const root = path.resolve(import.meta.dirname, '..');
for (const corpus of GOLDEN_CORPORA) {
  const { analyses, ledger } = await analyze([`examples/${corpus}`], { cwd: root });
  writeFileSync(path.join(root, 'test/golden', corpus, CORPUS_DIGEST), goldenDigest(ledger));
  for (const analysis of analyses) {
    const dir = path.join(root, 'test/golden', corpus, analysis.doc.id);
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(goldenFiles(analysis))) writeFileSync(path.join(dir, name), content);
  }
  console.log(`${corpus}: ${analyses.length} documents`);
}
