/**
 * Scale-out on PostgreSQL: a queue of reports to analyse, kept in the same
 * database by pg-boss, and workers on any number of machines that take
 * reports from it in batches, analyse them in parallel, and add them to the
 * store one batch at a time (`ReportWriter`, under the store's lock).
 *
 * A job carries the report's bytes, so a worker needs no shared disk. A
 * worker killed mid-batch loses nothing: its jobs stay active until they
 * expire, then pg-boss hands them out again; the batch it was writing either
 * committed (the retried jobs then find their reports in the store, and skip
 * them) or did not (nothing of it is there). When the queue is empty, a
 * worker groups the touched buckets again, under the same lock.
 */
import path from 'node:path';
import PgBoss from 'pg-boss';
import { expandInputs } from '../ingest/inputs.js';
import { readEntries, type ContainerMeta, type InputEntry } from '../ingest/entries.js';
import { DEFAULT_MAX_BYTES } from '../ingest/load.js';
import { sha256Of, type RawReport } from './raw-report.js';
import type { ManifestEntry } from '../ingest/manifest.js';
import type { BatchMessage } from '../ledger/schema.js';
import { idBase, loadManifests, manifestEntry } from '../pipeline/analyze.js';
import { openPostgres } from './postgres.js';
import { EXTRACTOR_VERSION, extractInThread, inputKey, type ExtractChunk } from './ingest.js';
import { holdsUnchanged, Store } from './store.js';
import { ReportWriter } from './writer.js';
import { StoreEvents } from './dated-events.js';

export const QUEUE = 'tally-ingest';

/** What a queued job carries: one report, as bytes, with the id the store keeps for it. */
export interface IngestJob {
  readonly key: string;
  readonly input: string;
  readonly id: string;
  readonly ext: string;
  /** the raw file, base64 */
  readonly bytes: string;
  readonly manifest?: ManifestEntry;
  readonly container?: ContainerMeta;
}

export interface QueueSettings {
  /** seconds a job may stay active before it is taken for lost (its worker died) and handed out again */
  readonly expireSeconds?: number;
  /** how often expired jobs are looked for, in seconds */
  readonly maintenanceSeconds?: number;
}

const DEFAULT_EXPIRE_SECONDS = 15 * 60;
/** A report whose analysis failed this many times (each time its worker died, say) is left failed in the queue. */
const RETRY_LIMIT = 10;

async function startBoss(url: string, settings: QueueSettings): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 4,
    maintenanceIntervalSeconds: settings.maintenanceSeconds ?? 60,
    monitorStateIntervalSeconds: 3600,
  });
  boss.on('error', (e) => process.stderr.write(`tally: queue: ${e.message}\n`));
  await boss.start();
  const queue = { name: QUEUE, retryLimit: RETRY_LIMIT, retryDelay: 1, expireInSeconds: settings.expireSeconds ?? DEFAULT_EXPIRE_SECONDS };
  if (await boss.getQueue(QUEUE)) await boss.updateQueue(QUEUE, queue);
  else await boss.createQueue(QUEUE, queue).catch(async (e: Error) => {
    // another process made it at the same moment
    if (!(await boss.getQueue(QUEUE))) throw e;
  });
  return boss;
}

export interface EnqueueResult {
  readonly queued: number;
  readonly unchanged: number;
  readonly messages: readonly BatchMessage[];
}

/** `tally ingest --db URL --queue`: puts the new and changed inputs on the queue and returns; workers do the rest. */
export async function enqueue(url: string, inputs: readonly string[], options: { cwd?: string; manifest?: string; maxBytes?: number } & QueueSettings = {}): Promise<EnqueueResult> {
  const cwd = options.cwd ?? process.cwd();
  const messages: BatchMessage[] = [];
  const store = await Store.on(await openPostgres(url));
  const boss = await startBoss(url, options);
  try {
    const { refs, problems } = await expandInputs(inputs, cwd);
    for (const p of problems) messages.push({ rule: p.rule, severity: 'error', reason: p.reason, input: p.input });
    const files = refs.filter((r) => r.path);
    if (files.length < refs.length) messages.push({ rule: 'ingest/queue', severity: 'error', reason: 'standard input cannot be queued; give files', input: '-' });
    const manifests = await loadManifests(files, options.manifest ? path.resolve(cwd, options.manifest) : undefined, messages);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    let queued = 0;
    let unchanged = 0;
    const send = async (part: { key: string; input: string; entry: InputEntry; manifest: ManifestEntry | undefined }[]) => {
      const known = await store.reportsOf(part.map((r) => r.key));
      const fresh = part.filter((r) => {
        const same = holdsUnchanged(known.get(r.key), sha256Of(r.entry.bytes), EXTRACTOR_VERSION);
        if (same) unchanged++;
        return !same;
      });
      const ids = await store.reserveIds(fresh.map((r) => ({ key: r.key, base: idBase(r.input) })));
      const jobs = fresh.map(({ key, input, entry, manifest }) => {
        const data: IngestJob = {
          key, input, id: ids.get(key)!, ext: entry.ext, bytes: Buffer.from(entry.bytes).toString('base64'),
          ...(manifest ? { manifest } : {}),
          ...(entry.container ? { container: entry.container } : {}),
        };
        return { name: QUEUE, data, retryLimit: RETRY_LIMIT, retryDelay: 1, expireInSeconds: options.expireSeconds ?? DEFAULT_EXPIRE_SECONDS };
      });
      if (jobs.length > 0) await boss.insert(jobs);
      queued += jobs.length;
    };
    let part: Parameters<typeof send>[0] = [];
    for (const ref of files) {
      const manifest = manifestEntry(manifests, ref);
      for await (const r of readEntries(ref, maxBytes)) {
        if (!r.ok) {
          messages.push({ rule: r.rule, severity: 'error', reason: r.reason, input: r.input });
          continue;
        }
        part.push({ key: inputKey(r.entry.input, cwd), input: r.entry.input, entry: r.entry, manifest });
        if (part.length >= 200) {
          await send(part);
          part = [];
        }
      }
    }
    await send(part);
    return { queued, unchanged, messages };
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }
}

export interface WorkerOptions extends QueueSettings {
  /** reports taken and written together */
  readonly batchSize?: number;
  /** stop once the queue is empty (and the groups are up to date), instead of waiting for more */
  readonly untilIdle?: boolean;
  readonly extract?: ExtractChunk;
  /** called after each batch is written */
  readonly onBatch?: (outcome: { added: number; replaced: number; unchanged: number; failed: number }) => void;
}

/**
 * `tally worker --db URL`: takes batches of reports from the queue until
 * stopped (SIGINT, SIGTERM) or, with `untilIdle`, until nothing is left to
 * do. Regroups whenever it finds the queue empty; a regroup that fails
 * stops the worker with that error (its jobs are done, the buckets stay
 * marked for the next worker).
 */
export async function runWorker(url: string, options: WorkerOptions = {}): Promise<void> {
  const store = await Store.on(await openPostgres(url));
  const boss = await startBoss(url, options);
  const writer = new ReportWriter(store);
  const extract = options.extract ?? extractInThread({});
  const events = new StoreEvents(store);
  const storeEvents = () => events.get();
  let busy = Promise.resolve();
  let stopping = false;
  let failure: Error | undefined;
  const done = new Promise<void>((resolve) => {
    const stop = () => {
      stopping = true;
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const idleCheck = async () => {
      while (!stopping) {
        await new Promise((r) => setTimeout(r, 500));
        await busy;
        if ((await boss.getQueueSize(QUEUE, { before: 'completed' })) > 0) continue;
        // the queue is empty: bring the groups up to date; stop when asked to stop once idle
        await store.merging(() => store.regroup());
        if (options.untilIdle) stop();
      }
    };
    void idleCheck().catch((e: Error) => {
      failure = e;
      stop();
    });
  });
  const batchSize = options.batchSize ?? 50;
  let workerId: string | undefined;
  workerId = await boss.work<IngestJob>(QUEUE, { batchSize, pollingIntervalSeconds: 0.5 }, async (jobs) => {
    const task = (async () => {
      const reports: RawReport[] = jobs.map(({ data: j }) => ({ key: j.key, input: j.input, id: j.id, ext: j.ext, bytes: Buffer.from(j.bytes, 'base64'), ...(j.manifest ? { manifest: j.manifest } : {}), ...(j.container ? { container: j.container } : {}) }));
      const extracts = await extract(reports, storeEvents);
      const outcome = await writer.write(extracts.map((x, i) => ({ report: x, key: jobs[i]!.data.key, version: EXTRACTOR_VERSION })));
      options.onBatch?.({ ...outcome, failed: extracts.filter((x) => x.document.status === 'failed').length });
    })();
    busy = task.catch(() => undefined);
    await task;
    // a full batch says more are waiting: the next is fetched at once, not when the polling interval is up
    // (pg-boss waits out what is left of it after each batch: batches of 20 made a worker take 40 reports a second)
    if (jobs.length === batchSize && workerId !== undefined) boss.notifyWorker(workerId);
  });
  await done;
  await boss.offWork(QUEUE);
  await busy;
  await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  await store.close();
  // the store could not be brought up to date: the worker says so and exits with an error
  if (failure) throw failure;
}
