/**
 * The claimant of a claim: the source of the attribution whose content holds
 * the claim most tightly, and the sources of the attributions around that one
 * ("Ukrainian intelligence reports indicate … according to Western officials"
 * → Ukrainian intelligence, via Western officials). A claim in a quotation
 * that no attribution holds belongs to the quotation's speaker. No claimant:
 * the outlet asserts the claim itself.
 */
import type { Span } from '../../core/span.js';
import type { EntityMention } from '../entities/mention.js';
import type { Attribution } from './attribution.js';

export interface Claimant {
  readonly source: Span;
  /** the cue that ties the source to the claim ("said", "according to") */
  readonly cue: Span;
  readonly resolved: EntityMention | null;
}

/** What the claimant needs of a quote (the quotes stage's `Quote` is one). */
export interface SpeakerOf {
  readonly quotation: { readonly inner: Span };
  readonly speaker: Span | null;
  readonly cue?: Span | null;
  readonly resolved: EntityMention | null;
}

export function claimantsOf(range: Span, attributions: readonly Attribution[], quotes: readonly SpeakerOf[] = []): Claimant[] {
  const holding: { a: Attribution; length: number }[] = [];
  for (const a of attributions) {
    if (!a.source) continue;
    const piece = a.content.find((p) => p.start <= range.start && range.end <= p.end);
    if (piece) holding.push({ a, length: piece.end - piece.start });
  }
  holding.sort((x, y) => x.length - y.length || x.a.cue.start - y.a.cue.start);
  const out: Claimant[] = [];
  const seen = new Set<string>();
  for (const { a } of holding) {
    const key = a.resolved?.key ?? `${a.source!.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ source: a.source!, cue: a.cue, resolved: a.resolved ?? null });
  }
  if (out.length === 0) {
    const quote = quotes.find((q) => q.speaker && q.quotation.inner.start <= range.start && range.end <= q.quotation.inner.end);
    if (quote) out.push({ source: quote.speaker!, cue: quote.cue ?? quote.speaker!, resolved: quote.resolved });
  }
  return out;
}
