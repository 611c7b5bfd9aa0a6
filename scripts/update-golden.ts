/** Regenerates the golden files under test/golden from the sample corpora (npm run golden); review the diff. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/pipeline/analyze.js';
import { GOLDEN_CORPORA, goldenFiles } from '../test/golden/render.js';

const root = path.resolve(import.meta.dirname, '..');
for (const corpus of GOLDEN_CORPORA) {
  const { analyses } = await analyze([`examples/${corpus}`], { cwd: root });
  for (const analysis of analyses) {
    const dir = path.join(root, 'test/golden', corpus, analysis.doc.id);
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(goldenFiles(analysis))) writeFileSync(path.join(dir, name), content);
  }
  console.log(`${corpus}: ${analyses.length} documents`);
}
