/** Where a worker thread's module is: the compiled one next to its pool, or its source through tsx (`NAME-dev.mjs`) when running from source. */
import { fileURLToPath } from 'node:url';

export function threadFile(poolUrl: string, name: string): string {
  const fromSource = poolUrl.endsWith('.ts');
  return fileURLToPath(new URL(fromSource ? `./${name}-dev.mjs` : `./${name}.js`, poolUrl));
}
