/**
 * The charting library, inlined into the report so that it opens with no
 * network: Observable Plot (and the d3 it draws with), read from their
 * published browser bundles. Plot is chosen for its marks: an interval is a
 * rule, an open bound an arrow, a claimant a symbol and a colour, each with a
 * link, in a few declarative lines; ISC-licensed and maintained.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';

const require = createRequire(import.meta.url);
const PackageJson = z.object({ name: z.string(), exports: z.object({ umd: z.string() }).loose() }).loose();
const cache = new Map<string, string>();

/** The browser bundle of a package that publishes one under the `umd` export. */
export function browserBundle(name: 'd3' | '@observablehq/plot'): string {
  const cached = cache.get(name);
  if (cached) return cached;
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = PackageJson.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (pkg.success && pkg.data.name === name) {
        const code = readFileSync(path.join(dir, pkg.data.exports.umd), 'utf8');
        cache.set(name, code);
        return code;
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`the browser bundle of ${name} was not found`);
    dir = up;
  }
}
