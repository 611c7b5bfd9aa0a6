/** The sample corpus, for the tests that read it whole: where it is, its ledger and sources, and a report's id by its number. */
import path from 'node:path';
import type { Ledger } from '../src/ledger/schema.js';
import { analyze, type AnalyzeOptions, type AnalyzeResult } from '../src/pipeline/analyze.js';

export const KURSK = path.join(import.meta.dirname, '../examples/kursk-2025');

export interface AnalysedKursk {
  readonly result: AnalyzeResult;
  readonly ledger: Ledger;
  /** each document's source text, by id */
  readonly sources: Map<string, string>;
}

export async function analyzeKursk(options: AnalyzeOptions = {}): Promise<AnalysedKursk> {
  const result = await analyze([KURSK], options);
  return { result, ledger: result.ledger, sources: new Map(result.analyses.map((a) => [a.doc.id, a.doc.source])) };
}

/** "001" → "001_c375639ba006c2fc". */
export function reportId(ledger: Ledger, prefix: string): string {
  return ledger.documents.find((d) => d.id.startsWith(prefix))!.id;
}
