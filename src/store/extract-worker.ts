/**
 * One thread of the extraction pool: a raw report in, its extract out. A
 * report that carries no date comes back marked, and its analysis stays here
 * until the pool sends the dated events of the chunk's other reports: then
 * it is dated by them and by the store's, and its extract made. The store's
 * dated events are kept here, indexed, and sent once: each date request
 * brings only those added since the last.
 */
import { parentPort } from 'node:worker_threads';
import { DatedEvents, MAX_PER_DATE, awaitsDating, dateUndatedReports, datedEventsOfAnalysis, type DatedEvent, type DatingBatch } from '../align/date-undated.js';
import { defaultConfiguration } from '../pipeline/configuration.js';
import type { Analysis } from '../pipeline/process-doc.js';
import { analyseRaw, type RawReport } from './raw-report.js';
import { preparedOf, type PreparedReport } from './prepared-report.js';
import { postOrInstead } from '../pipeline/unsent-analysis.js';
import { sendable } from './unsent-extract.js';
import type { DatingBase } from './dated-events.js';

export type ExtractRequest =
  | { readonly ticket: number; readonly kind: 'analyse'; readonly report: RawReport }
  | {
      readonly ticket: number;
      readonly kind: 'date';
      /** the reports of this thread to date */
      readonly ids: readonly string[];
      /** every report of the chunk, and their dated events in its order */
      readonly chunk: DatingBatch;
      /** the store's kept dated events this thread has not been sent yet (all of them, after `fresh`) */
      readonly store: readonly DatedEvent[];
      /** the store is another than the last request's: forget the events kept */
      readonly fresh: boolean;
      /** the store's counts as they stand */
      readonly counts: Omit<DatingBase, 'events'>;
    };

export interface ExtractReply {
  readonly ticket: number;
  /** the report's extract; none yet for a report that waits to be dated (`wants`) */
  readonly extract?: PreparedReport;
  /** the extracts of the reports a date request names, in its order */
  readonly extracts?: readonly PreparedReport[];
  /** the report's fully dated events, which may date the chunk's undated reports */
  readonly dated?: readonly DatedEvent[];
  /** a report that carries no date, and has events that other reports may date */
  readonly wants?: true;
}

const config = defaultConfiguration();
const undated = new Map<string, Analysis>();
let store = new DatedEvents(MAX_PER_DATE);

export function answer(request: ExtractRequest): ExtractReply {
  if (request.kind === 'date') {
    if (request.fresh) store = new DatedEvents(MAX_PER_DATE);
    store.add(request.store, false).countAs(request.counts.stems, request.counts.clauses, request.counts.latest);
    const analyses = request.ids.map((id) => undated.get(id)!);
    for (const id of request.ids) undated.delete(id);
    return { ticket: request.ticket, extracts: dateUndatedReports(analyses, request.chunk, store).map(preparedOf) };
  }
  const analysis = analyseRaw(request.report, config);
  const dated = datedEventsOfAnalysis(analysis);
  // nothing other reports could date it by: this extract is final
  if (!awaitsDating(analysis)) return { ticket: request.ticket, extract: preparedOf(analysis), dated };
  // its extract is made once, when it is dated: not built and sent twice
  undated.set(request.report.id, analysis);
  return { ticket: request.ticket, dated, wants: true };
}

/** The typed arrays of a reply's reports, handed over rather than copied: this thread is done with them. */
function buffersOf(reply: ExtractReply): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const r of reply.extract ? [reply.extract] : (reply.extracts ?? [])) {
    for (const a of [r.print.starts, r.print.ends, r.print.hashes, r.mentions.fields]) if (a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  }
  return [...buffers];
}

parentPort?.on('message', (request: ExtractRequest) => {
  const reply = answer(request);
  postOrInstead((r: ExtractReply) => parentPort!.postMessage(r, buffersOf(r)), reply, (e) => sendable(reply, e));
});
