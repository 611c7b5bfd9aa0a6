// Runs the extraction worker from its TypeScript source (tests, `node --import tsx`): tsx is a
// development dependency; an installed Tally runs the compiled worker instead.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./extract-worker.ts');
export default worker.default;
