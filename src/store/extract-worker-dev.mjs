// Runs the extraction thread from its TypeScript source (tests, `node --import tsx`): tsx is a
// development dependency; an installed Tally runs the compiled worker instead.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
