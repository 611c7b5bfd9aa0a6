/**
 * The patterns built at run time (`new RegExp` over word lists and pieces:
 * the time extractors, the cleaning rules, the claimant families) as the
 * modules export them, whole, checked by recheck like the literals in
 * redos.test.ts, which sees only their parts. Patterns kept inside a function
 * or an array (markdown emphasis, a claimant's word) are covered by their
 * parts there.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');
/** The stages whose modules are pure (no server, worker or command starts on import). */
const STAGES = ['core', 'clean', 'segment', 'extract', 'refine', 'align', 'ingest'];

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return modules(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('-worker.ts') ? [p] : [];
  });
}

/** Every RegExp a module exports, directly or inside exported objects and arrays (two levels down: an extractor's `pattern`). */
function exportedPatterns(value: unknown, where: string, out: Map<string, { where: string; re: RegExp }>, depth = 0): void {
  if (value instanceof RegExp) {
    const key = `/${value.source}/${value.flags}`;
    if (!out.has(key)) out.set(key, { where, re: value });
    return;
  }
  if (depth > 2 || value === null || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) exportedPatterns(v, `${where}.${k}`, out, depth + 1);
}

/**
 * Built patterns recheck finds super-linear, each used only on input its
 * caller bounds in length (so the worst case is bounded too). The list may
 * only shrink: a pattern made safe must leave it, and any other vulnerable
 * pattern fails.
 */
const BOUNDED_BY_CALLER: Readonly<Record<string, string>> = {
  'clean/rules/credit-line.ts:CREDIT': 'the last four lines, each at most 300 characters',
  'clean/rules/byline.ts:BYLINE': 'the first lines, each at most 160 characters',
  'clean/rules/caption.ts:ENDS_WITH_CREDIT': 'lines of at most 40 words and 400 characters',
  'core/datetime.ts:WRITTEN': 'parseDateTime reads strings of at most 120 characters',
  'ingest/html/loose-date.ts:DATE': 'findLooseDate scans the first 400 characters of a value',
};

describe('regular expressions built at run time', () => {
  it('has none that can take super-linear time', async () => {
    const found = new Map<string, { where: string; re: RegExp }>();
    for (const file of STAGES.flatMap((s) => modules(path.join(SRC, s)))) {
      const m = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(m)) exportedPatterns(value, `${path.relative(SRC, file)}:${name}`, found);
    }
    expect(found.size).toBeGreaterThan(30);
    const problems: string[] = [];
    const bounded: string[] = [];
    for (const { where, re } of found.values()) {
      const result = checkSync(re.source, re.flags, { timeout: 10_000 });
      if (result.status === 'safe') continue;
      if (result.status === 'vulnerable' && Object.hasOwn(BOUNDED_BY_CALLER, where)) bounded.push(where);
      else if (result.status === 'vulnerable') problems.push(`${where} /${re.source}/${re.flags}: ${result.complexity.type} (attack: ${JSON.stringify(result.attack.pattern)})`);
      else problems.push(`${where} /${re.source}/${re.flags}: could not be decided (${result.error.kind})`);
    }
    expect(problems).toEqual([]);
    expect(bounded.sort()).toEqual(Object.keys(BOUNDED_BY_CALLER).sort());
  }, 600_000);
});
