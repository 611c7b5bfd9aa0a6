/** Where the benchmark data lives: ../shared/bench beside the repository, or $TALLY_BENCH_DATA. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');

export function benchData(...parts: string[]): string {
  const root = process.env['TALLY_BENCH_DATA'] ?? path.resolve(REPO_ROOT, '../shared/bench');
  const p = path.join(root, ...parts);
  if (!existsSync(p)) throw new Error(`benchmark data not found: ${p} (set TALLY_BENCH_DATA to the folder holding newsquant/, polnear/, …)`);
  return p;
}

/** Formats a table of rows (first row is the header) with aligned columns. */
export function formatTable(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? (Number.isInteger(c) ? String(c) : c.toFixed(1)) : c)));
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(cells[0]!), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n');
}

/** The URL of a compiled module in dist/ (built by `npm run bench`), to time the code `tally` runs. */
export function distModule(relative: string): string {
  return pathToFileURL(path.join(REPO_ROOT, 'dist', relative)).href;
}

/** MB/s of `fn` over the items for about `seconds`, after one warm-up pass; `bytes` is what one pass reads. */
export function mbPerSecond<T>(items: readonly T[], fn: (item: T) => unknown, bytes: number, seconds = 3): number {
  for (const item of items) fn(item);
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const item of items) fn(item);
    rounds++;
  }
  return (rounds * bytes) / 1e6 / ((performance.now() - start) / 1000);
}
