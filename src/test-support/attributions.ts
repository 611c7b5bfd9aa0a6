/** Attributions, quotes and claimants of a text, summarised for assertions. */
import { claimantsOf } from '../extract/attribution/claimant.js';
import { processDoc } from '../pipeline/process-doc.js';
import { defaultConfiguration } from '../pipeline/configuration.js';
import type { Span } from '../core/span.js';
import { textDoc } from './docs.js';

export interface AttributionSummary {
  source: string | null;
  /** who the source is: the name for pronouns and short forms */
  who: string | null;
  cue: string;
  content: string;
  rule: string;
}

export function analysed(source: string) {
  const analysis = processDoc(textDoc(source), defaultConfiguration());
  const slice = (s: Span | null | undefined): string | null => (s ? analysis.doc.text.slice(s.start, s.end) : null);
  return { analysis, slice };
}

export function attributionsOf(source: string): AttributionSummary[] {
  const { analysis, slice } = analysed(source);
  return analysis.attributions.map((a) => ({
    source: slice(a.source),
    who: a.resolved?.name ?? null,
    cue: slice(a.cue)!,
    content: a.content.map((c) => slice(c)).join(' … '),
    rule: a.rule,
  }));
}

export function quotesOf(source: string): { text: string; speaker: string | null; who: string | null }[] {
  const { analysis, slice } = analysed(source);
  return analysis.quotes.map((q) => ({ text: slice(q.quotation.inner)!, speaker: slice(q.speaker), who: q.resolved?.name ?? null }));
}

/** The claimant (resolved name, else the source phrase) of each claim, then the sources it came via. */
export function claimantsOfClaims(source: string): { claim: string; claimant: string | null; via: string[] }[] {
  const { analysis, slice } = analysed(source);
  return analysis.figures
    .filter((f) => f.role === 'claim')
    .map((f) => {
      const [first, ...via] = claimantsOf(f.range, analysis.attributions, analysis.quotes).map((c) => c.resolved?.name ?? slice(c.source)!);
      return { claim: slice(f.range)!, claimant: first ?? null, via };
    });
}
