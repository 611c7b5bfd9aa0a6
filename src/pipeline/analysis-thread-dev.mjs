// Runs the analysis thread from its TypeScript source (tests, `node --import tsx`): tsx is a
// development dependency; an installed Tally runs the compiled thread instead.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-thread.ts');
