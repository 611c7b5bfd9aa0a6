/** One worker thread of the extraction pool: a raw report in, its extract out (and whether it needs dating by others). */
import { isUndated } from '../align/date-undated.js';
import { docExtract, type DocExtract } from '../ledger/doc-extract.js';
import { defaultConfiguration } from '../pipeline/configuration.js';
import { analyseRaw, type RawReport } from './raw-report.js';

const config = defaultConfiguration();

export default function extractRaw(r: RawReport): { extract: DocExtract; undated: boolean } {
  const analysis = analyseRaw(r, config);
  return { extract: docExtract(analysis), undated: isUndated(analysis) };
}
