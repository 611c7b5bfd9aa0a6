// Runs the search thread from its TypeScript source (tests, `node --import tsx`): tsx is a
// development dependency; an installed Tally runs the compiled worker instead.
import { register } from 'tsx/esm/api';

register();
await import('./search-worker.ts');
