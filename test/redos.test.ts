/**
 * No catastrophic regular expressions: every regular expression written in
 * `src/` is checked by recheck (a ReDoS analyser) and must be safe, so a new
 * vulnerable one fails CI with its place and the attack string recheck found.
 */
import path from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { regexLiterals } from './support/regex-literals.js';

const literals = regexLiterals(path.resolve(import.meta.dirname, '../src'));

describe('regular expressions in src/', () => {
  it('finds them (the walk works)', () => {
    expect(literals.length).toBeGreaterThan(300);
  });

  it('has none that can take super-linear time', () => {
    const problems: string[] = [];
    for (const r of literals) {
      const result = checkSync(r.source, r.flags, { timeout: 10_000 });
      if (result.status === 'vulnerable') problems.push(`${r.file}:${r.line} /${r.source}/${r.flags}: ${result.complexity.type} (attack: ${JSON.stringify(result.attack.pattern)})`);
      else if (result.status === 'unknown') problems.push(`${r.file}:${r.line} /${r.source}/${r.flags}: could not be decided (${result.error.kind})`);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
