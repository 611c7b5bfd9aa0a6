/**
 * The patterns built at run time (`new RegExp` over word lists and pieces:
 * the time extractors, the cleaning rules, the claimant families) as the
 * modules export them, whole, checked by recheck like the literals in
 * redos.test.ts, which sees only their parts; then every pattern constructed
 * while the modules load and the whole pipeline runs on the sample corpus and
 * a web page (those kept inside a function or not exported: markdown
 * emphasis, a claimant's word, the date at the head of a schedule line).
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';

/**
 * Every pattern built with `RegExp(…)` from here on, wherever it is built: at
 * a module's top level (exported or not) or inside a function when it runs.
 * Installed before any module of src/ is imported (they are imported below,
 * dynamically), so they construct through it.
 */
const constructed = new Map<string, RegExp>();
const NativeRegExp = RegExp;
const SRC_FRAME = `${path.sep}src${path.sep}`;
const record = (re: RegExp) => {
  const key = `/${re.source}/${re.flags}`;
  // only Tally's own: the frame that built it is in src/, not in a dependency
  const caller = (new Error().stack ?? '').split('\n').slice(2).find((line) => !line.includes('redos-built.test'));
  if (!constructed.has(key) && caller?.includes(SRC_FRAME) && !caller.includes('node_modules')) constructed.set(key, re);
  return re;
};
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
  apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
});

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
 * caller bounds in length (so the worst case is bounded too). Any other
 * vulnerable pattern fails, and an entry must name a pattern that exists.
 * An entry recheck finds safe is not a failure: its fuzzing is a timed
 * search, which finds some of these attacks on one run and not the next
 * (`DATE`, whose pattern the automaton checker does not support, came back
 * safe from an idle run and vulnerable from a loaded one).
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
    for (const { where, re } of found.values()) {
      const result = checkSync(re.source, re.flags, { timeout: RECHECK_TIMEOUT });
      if (result.status === 'safe') continue;
      if (result.status === 'vulnerable' && Object.hasOwn(BOUNDED_BY_CALLER, where)) continue;
      if (result.status === 'vulnerable') problems.push(`${where} /${re.source}/${re.flags}: ${result.complexity.type} (attack: ${JSON.stringify(result.attack.pattern)})`);
      else problems.push(`${where} /${re.source}/${re.flags}: could not be decided (${result.error.kind})`);
    }
    // kept before the checks: a failure here must not make the next test check these patterns again as its own
    for (const key of found.keys()) exported.add(key);
    expect(problems).toEqual([]);
    const places = new Set([...found.values()].map((f) => f.where));
    expect(Object.keys(BOUNDED_BY_CALLER).filter((where) => !places.has(where))).toEqual([]);
  }, 600_000);

  it('has none among those constructed while the pipeline runs', async () => {
    const { analyze } = (await import('../src/pipeline/analyze.js')) as typeof import('../src/pipeline/analyze.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'tally-redos-'));
    try {
      writeFileSync(path.join(dir, 'page.html'), PAGE);
      writeFileSync(path.join(dir, 'notes.md'), '# Notes\n\n*Seoul* says **600** were killed, according to lawmakers.\n');
      await analyze([path.resolve(import.meta.dirname, '../examples/kursk-2025'), dir]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const fresh = [...constructed].filter(([key]) => !exported.has(key));
    expect(fresh.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const [key, re] of fresh) {
      const result = checkSync(re.source, re.flags, { timeout: RECHECK_TIMEOUT });
      if (result.status === 'vulnerable') problems.push(`${key}: ${result.complexity.type} (attack: ${JSON.stringify(result.attack.pattern)})`);
      else if (result.status === 'unknown') problems.push(`${key}: could not be decided (${result.error.kind})`);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});

/** Per pattern: recheck's search is timed, and with another test file on the second core 10 s left it undecided. */
const RECHECK_TIMEOUT = 60_000;

/** Patterns already checked as a module exports them (the bounded ones among them). */
const exported = new Set<string>();

const PAGE = `<!doctype html><html lang="en"><head><title>Seoul says 600 killed | Example News</title>
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-04-27T10:30:00+09:00"></head>
<body><article><h1>Seoul says 600 killed</h1><p>By Jane Doe, April 27, 2025</p>
<p>About 600 North Korean soldiers have been killed, South Korean lawmakers said on Sunday. “They fought bravely,” Kim said.</p>
<p>Tour dates</p><p>June 9 – Austin, TX @ Moody Center</p><p>June 12 – Denver, CO @ Red Rocks</p></article></body></html>`;
