/**
 * `npm run bench -- <name> [options]`: runs one benchmark (or all with no name).
 * Benchmarks read their data from ../shared/bench (never copied into the
 * repository) and print their figures beside the reference they are compared
 * against, measured in the same run on the same machine.
 */
import { BENCHMARKS } from './registry.js';

const [name, ...rest] = process.argv.slice(2);
const chosen = name ? BENCHMARKS.filter((b) => b.name === name) : BENCHMARKS;
if (name && chosen.length === 0) {
  console.error(`unknown benchmark "${name}"; available: ${BENCHMARKS.map((b) => b.name).join(', ') || '(none yet)'}`);
  process.exit(2);
}
if (chosen.length === 0) console.log('no benchmarks are registered yet');
for (const b of chosen) {
  console.log(`\n## ${b.name}: ${b.description}\n`);
  await b.run(rest);
}
