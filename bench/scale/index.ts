/**
 * `npm run bench -- scale`: Tally as a newsroom's store grows. A synthetic
 * story corpus (src/test-support/synthetic-corpus.ts, fixed seed: the
 * sample reports with names, places, figures and dates varied, plus wire
 * copies and updates) is written to a temporary folder, then, each step in a
 * process of its own (bench/scale/phase.ts) so its peak memory is its own:
 *   1. analysis throughput on one core (held to it by taskset) and on every core, the first reports (the
 *      compilers' warm-up, 600 per core) timed apart; the one-core run is the reference, and the speed-up the median of
 *      three sets of runs taken in turns, each set also timing what the machine gives with nothing shared
 *      (one process per core, each analysing its share: `apartRun`);
 *   2. tally ingest into SQLite at 1k, 10k and 100k reports: time, MB/s, peak memory; then 10k (or the
 *      smallest size) into a new store with 1 (held to one core), 2 and 4 threads, the whole pipeline's speed per core;
 *   3. the cross-document step over the whole store at each size, and its growth per 10×;
 *   4. an incremental run that adds 1 % new reports to the largest store, against the full run (every
 *      input given again, as a folder run again gives them, and the new ones alone, on a copy of the store);
 *      then two queries of that store answered by the database, its export (json, ndjson and csv)
 *      written as it is read, and its ledger as shown (no attributions), against reading its whole ledger;
 *   5. PostgreSQL with 1, 2 and 4 worker processes sharing the queue (when a server can be started).
 * Options: --quick (1k and 10k), --sizes 1000,5000 (any sizes), --no-postgres, --postgres-only (step 5 alone).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { cliCommand, cliNodeFlags } from '../../src/test-support/cli-command.js';
import { syntheticCorpus } from '../../src/test-support/synthetic-corpus.js';
import { enqueue } from '../../src/store/queue.js';
import { THREADED_REPORTS_PER_THREAD } from '../../src/pipeline/threads-worth.js';
import type { Benchmark } from '../registry.js';
import { formatTable, REPO_ROOT } from '../data.js';

export const scale: Benchmark = {
  name: 'scale',
  description: 'analysis on one core and all, ingest into SQLite and PostgreSQL, the cross-document step as the store grows, incremental runs',
  run,
};

type Figures = Record<string, number>;

/**
 * Reports the analysis step times, after `WARM_UP` reports per core have
 * warmed the compilers up: each thread (or process) compiles the analysis
 * anew, so a run on two warms up twice, and every run is given that many.
 */
const ANALYSIS_TIMED = 6000;
const WARM_UP = 600;
/** One-core, all-core and apart runs, taken in turns: each speed-up is the median of the sets'. */
const ANALYSIS_SETS = 3;

/** Whether Linux's taskset, which holds a process to the cores it names, is here; without it a "1 core" run is one thread, not one core. */
const hasTaskset = () => spawnSync('taskset', ['-V']).status === 0;

/** The command that runs one step in a process of its own; `core`: held to that core by taskset, its collector's and compiler's threads too. */
function phaseCommand(step: string, args: object, core?: number): string[] {
  // under the node flags `tally` runs with (its bin's), so the code is timed as it runs
  const command = [process.execPath, ...cliNodeFlags(), '--import', 'tsx', path.join(REPO_ROOT, 'bench/scale/phase.ts'), step, JSON.stringify(args)];
  if (core !== undefined) command.unshift('taskset', '-c', String(core));
  return command;
}

const figuresOf = (step: string, status: number | null, stdout: string, stderr: string): Figures => {
  if (status !== 0) throw new Error(`scale step ${step} failed:\n${stderr}`);
  return JSON.parse(stdout.trim().split('\n').pop()!) as Figures;
};

/** Runs one step in a process of its own; `oneCore`: held to the first core. */
function phase(step: string, args: object, oneCore = false): Figures {
  const command = phaseCommand(step, args, oneCore ? 0 : undefined);
  const run = spawnSync(command[0]!, command.slice(1), { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  return figuresOf(step, run.status, run.stdout, run.stderr);
}

/** Runs one step in a process of its own, beside others. */
function phaseBeside(step: string, args: object, core?: number): Promise<Figures> {
  const command = phaseCommand(step, args, core);
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.once('error', reject);
    child.once('close', (status) => {
      try {
        resolve(figuresOf(step, status, stdout, stderr));
      } catch (e) {
        reject(e as Error);
      }
    });
  });
}

/**
 * What the machine itself gives on every core, the reference for the speed-up: one process per core, each
 * held to its core (where taskset is here) and analysing its share of the reports (every n-th, its share of
 * the warm-up first), with nothing shared and nothing handed between them. They start together; their time
 * is the slowest one's.
 */
async function apartRun(sample: readonly string[], warm: number, cores: number, list: (name: string, items: readonly string[]) => string, pinned: boolean): Promise<Figures> {
  const shares = Array.from({ length: cores }, (_, k) => {
    const cold = sample.slice(0, warm).filter((_, i) => i % cores === k);
    const rest = sample.slice(warm).filter((_, i) => i % cores === k);
    return { list: list(`apart-${k}`, [...cold, ...rest]), threads: 1, warm: cold.length };
  });
  const runs = await Promise.all(shares.map((share, k) => phaseBeside('analyse', share, pinned ? k : undefined)));
  return {
    docs: runs.reduce((n, r) => n + r.docs!, 0),
    mb: runs.reduce((n, r) => n + r.mb!, 0),
    seconds: Math.max(...runs.map((r) => r.seconds!)),
    peakMb: Math.max(...runs.map((r) => r.peakMb!)),
  };
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

async function run(args: readonly string[]): Promise<void> {
  const sizesArg = args[args.indexOf('--sizes') + 1];
  const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : args.includes('--quick') ? [1000, 10_000] : [1000, 10_000, 100_000];
  const largest = Math.max(...sizes);
  const extra = Math.max(1, Math.round(largest / 100));
  const cores = availableParallelism();
  const dir = mkdtempSync(path.join(tmpdir(), 'tally-scale-'));
  if (args.includes('--postgres-only')) {
    try {
      const corpus = syntheticCorpus(4000, 1);
      mkdirSync(path.join(dir, 'docs'));
      const files = corpus.map((a) => path.join(dir, 'docs', a.name));
      corpus.forEach((a, i) => writeFileSync(files[i]!, a.text));
      const mbOf = new Map(corpus.map((a, i) => [files[i]!, Buffer.byteLength(a.text) / 1e6]));
      await postgresWorkers(dir, files, (items) => items.reduce((n, f) => n + mbOf.get(f)!, 0));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  try {
    const corpus = syntheticCorpus(largest + extra, 1);
    const files = corpus.map((a) => path.join(dir, 'docs', a.name));
    const bytesOf = new Map(corpus.map((a, i) => [files[i]!, Buffer.byteLength(a.text)]));
    mkdirSync(path.join(dir, 'docs'));
    corpus.forEach((a, i) => writeFileSync(files[i]!, a.text));
    const list = (name: string, items: readonly string[]) => {
      const file = path.join(dir, `${name}.list`);
      writeFileSync(file, items.join('\n'));
      return file;
    };
    const mb = (items: readonly string[]) => items.reduce((n, f) => n + bytesOf.get(f)!, 0) / 1e6;
    console.log(`synthetic corpus: ${largest + extra} reports, ${f1(mb(files))} MB, in ${dir}; ${cores} cores\n`);

    // 1. analysis throughput
    const sample = files.slice(0, Math.min(ANALYSIS_TIMED + WARM_UP * cores, largest));
    const warm = Math.min(WARM_UP * cores, Math.floor(sample.length / 4));
    const taskset = hasTaskset();
    const oneCore = taskset ? '1 core (taskset -c 0)' : '1 thread (no taskset: not held to one core)';
    const apartName = `${cores} processes apart${taskset ? ', one per core' : ''}`;
    // the runs alternate, each set one after the other: a machine's speed drifts by more than 10 % over minutes
    const sets: { one: Figures; all: Figures; apart: Figures }[] = [];
    for (let i = 0; i < ANALYSIS_SETS; i++) {
      sets.push({
        one: phase('analyse', { list: list('sample', sample), threads: 1, warm }, taskset),
        all: phase('analyse', { list: list('sample', sample), threads: cores, warm }),
        apart: await apartRun(sample, warm, cores, list, taskset),
      });
    }
    console.log(
      `### analysis (extraction only), the ${oneCore} run is the reference; the first ${warm} reports (${WARM_UP} per core), while the compilers warm up, timed apart; ${ANALYSIS_SETS} sets of runs. ` +
        `"${apartName}": what the machine gives on every core with nothing shared, each process analysing its share of the reports (the slowest one's time)\n`,
    );
    const speedUp = (one: Figures, x: Figures) => one.seconds! / x.seconds!;
    console.log(
      formatTable([
        ['set', 'run', 'warm-up MB/s', 'reports', 'MB', 'seconds', 'MB/s', 'reports/s', 'MB/s per core', 'peak MB', 'speed-up'],
        ...sets.flatMap(({ one, all, apart }, i) =>
          ([[oneCore, one, 1], [`${cores} cores`, all, cores], [apartName, apart, cores]] as const).map(([name, x, n]) => [
            i + 1,
            name,
            x.coldMb === undefined ? '' : f2(x.coldMb / x.coldSeconds!),
            x.docs!,
            f1(x.mb!),
            f1(x.seconds!),
            f2(x.mb! / x.seconds!),
            f1(x.docs! / x.seconds!),
            f2(x.mb! / x.seconds! / n),
            f1(x.peakMb!),
            x === one ? '' : `${f2(speedUp(one, x))}×`,
          ]),
        ),
      ]),
    );
    const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const ratio = median(sets.map((p) => speedUp(p.one, p.all)));
    const machine = median(sets.map((p) => speedUp(p.one, p.apart)));
    const oneRate = median(sets.map((p) => p.one.mb! / p.one.seconds!));
    const allRate = median(sets.map((p) => p.all.mb! / p.all.seconds!));
    console.log(
      `\nspeed-up on ${cores} cores, the median of the sets: ${f2(ratio)}× (target ≥ 1.7× on 2 cores), where the machine gives ${f2(machine)}× with nothing shared; ` +
        `medians: on one core ${f2(oneRate)} MB/s, ${f2(allRate / cores)} MB/s per core on ${cores} (target ≥ 1 MB/s per core)\n`,
    );

    // 2 and 3. ingest into SQLite, and the cross-document step, at each size
    const rows: (string | number)[][] = [];
    const regroups: Figures[] = [];
    const ingests: Figures[] = [];
    for (const n of sizes) {
      const store = path.join(dir, `store-${n}.db`);
      const docs = files.slice(0, n);
      const r = phase('ingest', { list: list(`ingest-${n}`, docs), store, threads: cores });
      const g = phase('regroup', { store });
      ingests.push(r);
      regroups.push(g);
      rows.push([n, f1(mb(docs)), f1(r.seconds!), f2(mb(docs) / r.seconds!), f1(n / r.seconds!), f1(r.peakMb!), r.claims!, f1(g.seconds!), f1(g.peakMb!)]);
    }
    console.log(`### tally ingest into SQLite (--jobs ${cores}: the threads are started for ${THREADED_REPORTS_PER_THREAD * cores} reports or more to analyse), and the cross-document step over the whole store\n`);
    console.log(formatTable([['reports', 'MB', 'ingest s', 'MB/s', 'reports/s', 'ingest peak MB', 'claims', 'cross-doc s', 'cross-doc peak MB'], ...rows]));
    const growth = sizes.slice(1).map((n, i) => {
      const factor = n / sizes[i]!;
      const per10 = (a: number, b: number) => f2((b / a) ** (1 / Math.log10(factor)));
      return `${sizes[i]} → ${n}: ingest ×${f2(ingests[i + 1]!.seconds! / ingests[i]!.seconds!)} (×${per10(ingests[i]!.seconds!, ingests[i + 1]!.seconds!)} per 10×), cross-document step ×${f2(regroups[i + 1]!.seconds! / regroups[i]!.seconds!)} (×${per10(regroups[i]!.seconds!, regroups[i + 1]!.seconds!)} per 10×)`;
    });
    console.log(`\ngrowth (target: ≤ 12× from 10k to 100k; 100k ingested in < 15 min with peak < 2 GB):\n${growth.map((g) => `- ${g}`).join('\n')}\n`);

    // 2b. the whole pipeline on 1, 2 and 4 threads: tally ingest of one size into a new SQLite store each time
    const sweepSize = sizes.includes(10_000) ? 10_000 : Math.min(...sizes);
    const sweepDocs = files.slice(0, sweepSize);
    const sweep = [1, 2, 4].map((threads) => {
      const store = path.join(dir, `sweep-${threads}.db`);
      const r = phase('ingest', { list: list(`sweep-${threads}`, sweepDocs), store, threads }, threads === 1 && taskset);
      rmSync(store, { force: true });
      return { threads, r };
    });
    const sweepBase = sweep[0]!.r.seconds!;
    console.log(
      `### the whole pipeline (tally ingest into a new SQLite store, ${sweepSize} reports) on 1, 2 and 4 threads; the 1-thread run (${taskset ? 'held to one core by taskset' : 'not held to one core: no taskset'}) is the reference\n`,
    );
    console.log(
      formatTable([
        ['threads', 'cores used', 'MB', 'seconds', 'MB/s', 'MB/s per core', 'reports/s', 'peak MB', 'speed-up'],
        ...sweep.map(({ threads, r }) => {
          const used = Math.min(threads, cores);
          const rate = mb(sweepDocs) / r.seconds!;
          return [threads, used, f1(mb(sweepDocs)), f1(r.seconds!), f2(rate), f2(rate / used), f1(sweepSize / r.seconds!), f1(r.peakMb!), threads === 1 ? '(reference)' : `${f2(sweepBase / r.seconds!)}×`];
        }),
      ]),
    );
    console.log('(target: the whole pipeline ≥ 1 MB/s per core)\n');

    // 4. incremental: 1 % new reports added to the largest store, given with every earlier input (a folder run again), and alone
    const full = ingests[ingests.length - 1]!;
    const largestStore = path.join(dir, `store-${largest}.db`);
    const twin = path.join(dir, `store-${largest}-twin.db`);
    copyFileSync(largestStore, twin);
    const inc = phase('ingest', { list: list('incremental', files.slice(0, largest + extra)), store: largestStore, threads: cores });
    const alone = phase('ingest', { list: list('new', files.slice(largest, largest + extra)), store: twin, threads: cores });
    rmSync(twin, { force: true });
    const share = (r: Figures) => `${f1((100 * r.seconds!) / full.seconds!)} %`;
    console.log('### incremental run: the largest store plus 1 % new reports, against the full run that made it\n');
    console.log(
      formatTable([
        ['run', 'inputs given', 'added', 'unchanged', 'seconds', 'of which cross-document', 'share of the full run'],
        ['full', largest, full.added!, full.unchanged!, f1(full.seconds!), f1(full.regroupSeconds!), '100 %'],
        ['+1 %, every input given again', largest + extra, inc.added!, inc.unchanged!, f1(inc.seconds!), f1(inc.regroupSeconds!), share(inc)],
        ['+1 %, the new inputs alone', extra, alone.added!, alone.unchanged!, f1(alone.seconds!), f1(alone.regroupSeconds!), share(alone)],
      ]),
    );
    console.log('');

    // 4b. a query of the largest store, answered by the database, against the whole ledger read and filtered
    const queries = [{ measure: 'killed' }, { measure: 'money', q: 'million' }];
    const answers = queries.map((query) => [query, phase('query', { store: largestStore, query, limit: 20 })] as const);
    const ledger = phase('ledger-query', { store: largestStore, queries, limit: 20 });
    console.log(`### tally query --store on the largest store (${largest + extra} reports), 20 claims each, against reading the whole ledger once and filtering it (the reference)\n`);
    console.log(
      formatTable([
        ['query', 'claims', 'seconds', 'peak MB', 'faster than the reference'],
        ...answers.map(([q, db]) => [JSON.stringify(q), db.claims!, f1(db.seconds!), f1(db.peakMb!), `${f1(ledger.seconds! / db.seconds!)}×`]),
        ['both, from the whole ledger', ledger.claims!, f1(ledger.seconds!), f1(ledger.peakMb!), '(reference)'],
      ]),
    );
    console.log('');

    // 4c. tally export of the largest store, read a page at a time, against the same whole-ledger read
    const exports = (['json', 'ndjson', 'csv'] as const).map((format) => [format, phase('export', { store: largestStore, format, what: 'claims', out: path.join(dir, `export.${format}`) })] as const);
    const shown = phase('shown-ledger', { store: largestStore });
    console.log(
      `### tally export --store of the largest store, written as it is read, and the ledger as shown (all but the attributions: what serve --store holds, and the digest and page are made from), against reading the whole ledger once (the reference above)\n`,
    );
    console.log(
      formatTable([
        ['export', 'MB written', 'seconds', 'peak MB', 'faster than the reference', 'peak memory against the reference'],
        ...exports.map(([format, x]) => [format === 'json' ? 'json (the ledger)' : `${format} (claims)`, f1(x.mb!), f1(x.seconds!), f1(x.peakMb!), `${f2(ledger.seconds! / x.seconds!)}×`, `${f2(x.peakMb! / ledger.peakMb!)}×`]),
        ['the ledger as shown, read', '', f1(shown.seconds!), f1(shown.peakMb!), `${f2(ledger.seconds! / shown.seconds!)}×`, `${f2(shown.peakMb! / ledger.peakMb!)}×`],
        ['the whole ledger read', '', f1(ledger.seconds!), f1(ledger.peakMb!), '(reference)', ''],
      ]),
    );
    console.log('');

    // 5. PostgreSQL workers
    if (!args.includes('--no-postgres')) await postgresWorkers(dir, files.slice(0, Math.min(largest, args.includes('--quick') ? 1000 : 4000)), mb);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresWorkers(dir: string, docs: readonly string[], mb: (items: readonly string[]) => number): Promise<void> {
  const server = path.join(tmpdir(), 'tally-bench-postgres');
  // a server already running there (started by hand) is left running; one started here is stopped after
  const running = existsSync(path.join(server, 'postmaster.pid'));
  const started = spawnSync(path.join(REPO_ROOT, 'scripts/start-postgres.sh'), [server, '54331'], { encoding: 'utf8' });
  if (started.status !== 0) {
    console.log(`### PostgreSQL workers: skipped (no server could be started: ${started.stderr.trim().split('\n').pop()})\n`);
    return;
  }
  try {
    await timeWorkers(started.stdout.trim(), docs, mb, dir);
  } finally {
    if (!running) spawnSync(path.join(REPO_ROOT, 'scripts/stop-postgres.sh'), [server], { stdio: 'inherit' });
  }
}

async function timeWorkers(admin: string, docs: readonly string[], mb: (items: readonly string[]) => number, dir: string): Promise<void> {
  const rows: (string | number)[][] = [];
  let base = 0;
  const [node, ...tally] = cliCommand();
  for (const workers of [1, 2, 4]) {
    const name = `tally_bench_${workers}`;
    spawnSync('psql', [admin, '-q', '-c', `DROP DATABASE IF EXISTS ${name}`, '-c', `CREATE DATABASE ${name}`]);
    const url = admin.replace(/\/[^/]*$/, `/${name}`);
    const queued = await enqueue(url, docs, { cwd: dir });
    const start = performance.now();
    const procs = Array.from({ length: workers }, () =>
      spawn(node!, [...tally, 'worker', '--db', url, '--until-idle', '--jobs', '1', '--quiet'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] }),
    );
    await Promise.all(procs.map((p) => new Promise((resolve) => p.once('exit', resolve))));
    const seconds = (performance.now() - start) / 1000;
    if (workers === 1) base = seconds;
    rows.push([workers, queued.queued, f1(seconds), f2(mb(docs) / seconds), f1(queued.queued / seconds), `${f2(base / seconds)}×`]);
    spawnSync('psql', [admin, '-q', '-c', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
  }
  console.log(`### PostgreSQL: worker processes (1 thread each) sharing one queue, against 1 worker (the reference); ${availableParallelism()} cores\n`);
  console.log(formatTable([['workers', 'reports', 'seconds', 'MB/s', 'reports/s', 'speed-up'], ...rows]));
  console.log('');
}
