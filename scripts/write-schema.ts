/** Regenerates docs/ledger.schema.json from the ledger's zod schemas (npm run schema). */
import { writeFileSync } from 'node:fs';
import { ledgerJsonSchema } from '../src/ledger/schema.js';

const file = new URL('../docs/ledger.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(ledgerJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
