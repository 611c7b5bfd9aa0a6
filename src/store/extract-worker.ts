/**
 * One thread of the extraction pool: a raw report in, its extract out. A
 * report that carries no date comes back marked, with the kinds and months
 * of the events that could date it, and its analysis stays here until the
 * pool sends the dated events of other reports that match: then it is dated
 * by them and its extract made again.
 */
import { parentPort } from 'node:worker_threads';
import { dateUndatedReports, datedEventsOfAnalysis, isUndated, type DatedEvent } from '../align/date-undated.js';
import { docExtract, type DocExtract } from '../ledger/doc-extract.js';
import { defaultConfiguration } from '../pipeline/configuration.js';
import type { Analysis } from '../pipeline/process-doc.js';
import { analyseRaw, type RawReport } from './raw-report.js';

export type ExtractRequest =
  | { readonly ticket: number; readonly kind: 'analyse'; readonly report: RawReport }
  | { readonly ticket: number; readonly kind: 'date'; readonly id: string; readonly others: readonly DatedEvent[] };

export interface ExtractReply {
  readonly ticket: number;
  /** the report's extract; none yet for a report that waits to be dated (`wants`) */
  readonly extract?: DocExtract;
  /** the report's fully dated events, which may date the chunk's undated reports */
  readonly dated?: readonly DatedEvent[];
  /** for an undated report: the kinds (and months, where written) of its events that other reports may date */
  readonly wants?: readonly { kind: string; month: number | null }[];
}

const config = defaultConfiguration();
const undated = new Map<string, Analysis>();

export function answer(request: ExtractRequest): ExtractReply {
  if (request.kind === 'date') {
    const analysis = undated.get(request.id)!;
    undated.delete(request.id);
    return { ticket: request.ticket, extract: docExtract(dateUndatedReports([analysis], request.others)[0]!) };
  }
  const analysis = analyseRaw(request.report, config);
  const dated = datedEventsOfAnalysis(analysis);
  const wants = isUndated(analysis)
    ? analysis.events.flatMap((e) => (e.kind && /X/.test(e.time.normalized) ? [{ kind: e.kind, month: e.time.value.kind === 'point' ? (e.time.value.month ?? null) : null }] : []))
    : [];
  // nothing other reports could date it by: this extract is final
  if (wants.length === 0) return { ticket: request.ticket, extract: docExtract(analysis), dated };
  // its extract is made once, when it is dated: not built and sent twice
  undated.set(request.report.id, analysis);
  return { ticket: request.ticket, dated, wants };
}

parentPort?.on('message', (request: ExtractRequest) => parentPort!.postMessage(answer(request)));
