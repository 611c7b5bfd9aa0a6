import { describe, expect, it } from 'vitest';
import { createDoc } from '../core/doc.js';
import { analysisToWire } from './analysis-wire.js';
import { defaultConfiguration } from './configuration.js';
import { processDoc } from './process-doc.js';
import { postOrInstead, unsentAnalysis } from './unsent-analysis.js';
import type { AnalysisReply } from './analysis-thread.js';
import { PROTOTYPE_WORDS } from '../test-support/prototype-words.js';


const analysed = () => processDoc(createDoc({ id: 'js', input: 'js.txt', kind: 'text', sha256: 'abc', encoding: 'utf-8', source: PROTOTYPE_WORDS }), defaultConfiguration());

describe('an analysis a thread cannot hand back', () => {
  it('is never made by words an object has from its prototype: every figure crosses as it was found', () => {
    const analysis = analysed();
    expect(analysis.doc.status).toBe('ok');
    expect(analysis.figures.some((f) => f.low === 600)).toBe(true);
    for (const f of analysis.figures) {
      expect(f.unit === null || typeof f.unit === 'string').toBe(true);
      expect(f.per === null || typeof f.per === 'string').toBe(true);
    }
    const wire = analysisToWire(analysis);
    expect(structuredClone(wire)).toEqual(wire);
  });

  it('fails its document, saying why, where a value in it cannot be copied', () => {
    const analysis = analysed();
    const broken = { ...analysis, figures: [{ ...analysis.figures[0]!, unit: Object as unknown as string }] };
    const sent: AnalysisReply[] = [];
    postOrInstead<AnalysisReply>(
      (reply) => sent.push(structuredClone(reply)),
      { ticket: 7, analysis: analysisToWire(broken) },
      (e) => ({ ticket: 7, analysis: analysisToWire(unsentAnalysis(broken, e)) }),
    );
    expect(sent).toHaveLength(1);
    const [{ ticket, analysis: back }] = sent as [AnalysisReply];
    expect(ticket).toBe(7);
    expect(back.doc).toMatchObject({ id: 'js', input: 'js.txt', sha256: 'abc', kind: 'text', status: 'failed' });
    expect(back.figures).toEqual([]);
    expect(back.doc.messages.map((m) => [m.rule, m.severity])).toEqual([['internal/error', 'error']]);
    expect(back.doc.messages[0]!.reason).toMatch(/could not be handed back from its thread \(.*could not be cloned/);
  });
});
