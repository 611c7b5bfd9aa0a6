/**
 * One measured step of the scale benchmark, run in a process of its own so
 * that its peak memory is its own: `node --import tsx bench/scale/phase.ts
 * <step> <json>` prints one JSON line of figures.
 *   analyse {list, threads, warm} extraction only (files read beforehand); the first `warm` reports timed apart
 *   ingest {list, store, threads} tally ingest into a store (--jobs threads)
 *   regroup {store}               the cross-document step over the whole store, every group made again
 *   query {store, query, limit}   `tally query`'s answer from the database (`Store.claims`)
 *   ledger-query {store, queries, limit}  the same answers from the whole ledger, read once and filtered (what `query` did before)
 *   shown-ledger {store}          the ledger as shown, all but the attributions (what `serve --store` holds, and the digest and page are made from)
 *   export {store, format, what, out}    `tally export` of the store to a file (read a page at a time)
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RawReport } from '../../src/store/raw-report.js';
import type { ClaimFilter } from '../../src/store/claim-query.js';
import { distModule } from '../data.js';

// The code timed is the build `npm run bench` makes first, which `tally` runs (and its extraction threads
// with it), not the source through tsx: that runs analysis about 10 % slower.
const built = async <T>(module: string) => (await import(distModule(module))) as T;
const { extractInThread, ingest } = await built<typeof import('../../src/store/ingest.js')>('store/ingest.js');
const { extractPool } = await built<typeof import('../../src/store/extract-pool.js')>('store/extract-pool.js');
const { openStore } = await built<typeof import('../../src/store/open.js')>('store/open.js');
const { filterClaims } = await built<typeof import('../../src/server/filters.js')>('server/filters.js');
const { runExport } = await built<typeof import('../../src/cli/export.js')>('cli/export.js');

const [step, json] = process.argv.slice(2);
const args = JSON.parse(json ?? '{}') as {
  list?: string;
  threads?: number;
  store?: string;
  query?: ClaimFilter;
  queries?: ClaimFilter[];
  limit?: number;
  warm?: number;
  format?: string;
  what?: string;
  out?: string;
};
const files = args.list ? readFileSync(args.list, 'utf8').split('\n').filter(Boolean) : [];
const peakMb = () => process.resourceUsage().maxRSS / 1024;

async function main(): Promise<Record<string, number>> {
  switch (step) {
    case 'analyse': {
      const reports: RawReport[] = files.map((f, i) => ({ key: f, input: f, id: `d${i}`, ext: path.extname(f), bytes: readFileSync(f) }));
      const mbOf = (rs: readonly RawReport[]) => rs.reduce((n, r) => n + r.bytes!.length, 0) / 1e6;
      const threads = args.threads ?? 1;
      const pool = threads > 1 ? extractPool(threads) : undefined;
      const extract = pool ? pool.extract : extractInThread({});
      const none = async () => ({ events: [], stems: [], clauses: 0, latest: '' }); // a store that dates nothing
      const run = async (rs: readonly RawReport[]) => {
        const start = performance.now();
        // the next chunk is asked for before the one before it is answered, as tally ingest does
        let previous: Promise<unknown> = Promise.resolve();
        for (let i = 0; i < rs.length; i += 200) {
          const current = extract(rs.slice(i, i + 200), none);
          await previous;
          previous = current;
        }
        await previous;
        return (performance.now() - start) / 1000;
      };
      // the first reports are timed apart: while the compiler warms up each takes several times as long
      const cold = reports.slice(0, args.warm ?? 0);
      const warm = reports.slice(cold.length);
      const coldSeconds = await run(cold);
      const seconds = await run(warm);
      await pool?.close();
      return { coldDocs: cold.length, coldMb: mbOf(cold), coldSeconds, docs: warm.length, mb: mbOf(warm), seconds, peakMb: peakMb() };
    }
    case 'ingest': {
      const store = await openStore(args.store!);
      const start = performance.now();
      // threads as tally ingest --jobs asks for them: started only for a run with enough reports to analyse
      const result = await ingest(store, files, { threads: args.threads ?? 1 });
      const seconds = (performance.now() - start) / 1000;
      const counts = await store.counts();
      await store.close();
      return { added: result.added, unchanged: result.unchanged, seconds, regroupSeconds: result.regroupSeconds, buckets: result.regrouped.buckets, documents: counts.documents, claims: counts.claims, peakMb: peakMb() };
    }
    case 'regroup': {
      const store = await openStore(args.store!);
      await store.db.run('INSERT INTO dirty_buckets (bucket) SELECT DISTINCT bucket FROM claims WHERE true ON CONFLICT (bucket) DO NOTHING');
      // without their kept standing, every group is made from all its claims (with it, a regroup finds nothing changed)
      await store.db.run('UPDATE groups SET state = NULL');
      const start = performance.now();
      const result = await store.merging(() => store.regroup());
      const seconds = (performance.now() - start) / 1000;
      await store.close();
      return { seconds, claims: result.claims, groups: result.groups, peakMb: peakMb() };
    }
    case 'query': {
      const store = await openStore(args.store!);
      const start = performance.now();
      const { claims } = await store.claims(args.query!, args.limit);
      const seconds = (performance.now() - start) / 1000;
      await store.close();
      return { seconds, claims: claims.length, peakMb: peakMb() };
    }
    case 'ledger-query': {
      const store = await openStore(args.store!);
      const start = performance.now();
      const ledger = await store.ledger();
      const claims = args.queries!.reduce((n, q) => n + filterClaims(ledger, q).slice(0, args.limit).length, 0);
      const seconds = (performance.now() - start) / 1000;
      await store.close();
      return { seconds, claims, peakMb: peakMb() };
    }
    case 'shown-ledger': {
      const store = await openStore(args.store!);
      const start = performance.now();
      const shown = await store.shownLedger();
      const seconds = (performance.now() - start) / 1000;
      await store.close();
      return { seconds, claims: shown.claims.length, peakMb: peakMb() };
    }
    case 'export': {
      const start = performance.now();
      const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
      const code = await runExport(['--store', args.store!, '--format', args.format!, '--what', args.what ?? 'claims', '--out', args.out!], io);
      const seconds = (performance.now() - start) / 1000;
      return { code, seconds, mb: statSync(args.out!).size / 1e6, peakMb: peakMb() };
    }
    default:
      throw new Error(`unknown step ${step}`);
  }
}

process.stdout.write(`${JSON.stringify(await main())}\n`);
