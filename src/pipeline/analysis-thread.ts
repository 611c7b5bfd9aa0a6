/** One thread of the analysis pool (`analysis-pool.ts`): a loaded document in, its analysis out, with the default configuration. */
import { parentPort } from 'node:worker_threads';
import { defaultConfiguration } from './configuration.js';
import { processDoc } from './process-doc.js';
import { analysisToWire, docFromWire, transferables, type WireAnalysis, type WireDoc } from './analysis-wire.js';
import { postOrInstead, unsentAnalysis } from './unsent-analysis.js';

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
  const analysis = processDoc(docFromWire(doc), config);
  const wire = analysisToWire(analysis);
  postOrInstead<AnalysisReply>(
    (reply) => parentPort!.postMessage(reply, transferables(reply.analysis)),
    { ticket, analysis: wire },
    (e) => ({ ticket, analysis: analysisToWire(unsentAnalysis(analysis, e)) }),
  );
});
