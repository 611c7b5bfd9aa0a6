/** One thread of the analysis pool (`analysis-pool.ts`): a loaded document in, its analysis out, with the default configuration. */
import { parentPort } from 'node:worker_threads';
import { defaultConfiguration } from './configuration.js';
import { processDoc } from './process-doc.js';
import { analysisToWire, docFromWire, transferables, type WireAnalysis, type WireDoc } from './analysis-wire.js';

export interface AnalysisRequest {
  readonly ticket: number;
  readonly doc: WireDoc;
}

export interface AnalysisReply {
  readonly ticket: number;
  readonly analysis: WireAnalysis;
}

const config = defaultConfiguration();

parentPort?.on('message', ({ ticket, doc }: AnalysisRequest) => {
  const analysis = analysisToWire(processDoc(docFromWire(doc), config));
  parentPort!.postMessage({ ticket, analysis } satisfies AnalysisReply, transferables(analysis));
});
