/**
 * An extraction thread's reply where some of it no message can carry
 * (`pipeline/unsent-analysis.ts`): each extract that cannot be copied becomes
 * its report's failure, the others go as they are, and dated events that
 * cannot be copied are left out (the chunk's undated reports are dated
 * without them).
 */
import { emptyAnalysis } from '../pipeline/process-doc.js';
import { unsentDoc } from '../pipeline/unsent-analysis.js';
import type { ExtractReply } from './extract-worker.js';
import { preparedOf, type PreparedReport } from './prepared-report.js';

export function sendable(reply: ExtractReply, error: unknown): ExtractReply {
  const fix = (x: PreparedReport) => (canCopy(x) ? x : preparedOf(emptyAnalysis(unsentDoc({ ...x.document, input: x.document.source }, error))));
  const { dated, extract, extracts, ...rest } = reply;
  return {
    ...rest,
    ...(extract ? { extract: fix(extract) } : {}),
    ...(extracts ? { extracts: extracts.map(fix) } : {}),
    ...(dated && canCopy(dated) ? { dated } : {}),
  };
}

function canCopy(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}
