/**
 * The quotes stage: every direct quotation that is speech, with its speaker
 * and cue. Speakers come from the attribution whose content holds the
 * quotation; a quotation with no cue of its own that follows another in the
 * same or the previous paragraph keeps that one's speaker ("“…,” he said.
 * “…”").
 */
import type { Block } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { contentContains, type Attribution } from '../attribution/attribution.js';
import { isPronoun } from '../entities/lexicon.js';
import type { EntityMention } from '../entities/mention.js';
import type { Quotation } from './quotation.js';
import { attributionOf, isTermQuote } from './speech.js';

export { findQuotations } from './find-quotations.js';
export type { Quotation } from './quotation.js';

export interface Quote {
  readonly quotation: Quotation;
  /** the source phrase that introduces it ("he"), null when no one is named */
  readonly speaker: Span | null;
  /** who the speaker is, pronouns resolved */
  readonly resolved: EntityMention | null;
  readonly cue: Span | null;
}

/** How far (in paragraphs) a speaker carries over to the uncued quotations after it. */
const CARRY_BLOCKS = 1;

export function extractQuotes(text: string, blocks: readonly Block[], quotations: readonly Quotation[], attributions: readonly Attribution[]): Quote[] {
  const out: Quote[] = [];
  let previous: { quote: Quote; block: number } | null = null;
  for (const q of quotations) {
    const inner = attributionOf(q, attributions);
    const by = inner ? (sameSpeakerAround(text, inner, attributions) ?? inner) : undefined;
    if (isTermQuote(text, q, by)) continue;
    const block = blockOf(blocks, q.range.start);
    let quote: Quote;
    const before = by ? undefined : attributionJustBefore(text, q, attributions);
    if (by) quote = { quotation: q, speaker: by.source, resolved: by.resolved ?? null, cue: by.cue };
    else if (before) quote = { quotation: q, speaker: before.source, resolved: before.resolved ?? null, cue: null };
    else if (previous && previous.quote.speaker && block - previous.block <= CARRY_BLOCKS) quote = { quotation: q, speaker: previous.quote.speaker, resolved: previous.quote.resolved, cue: null };
    else quote = { quotation: q, speaker: null, resolved: null, cue: null };
    out.push(quote);
    previous = { quote, block: blockOf(blocks, q.range.end - 1) };
  }
  return out;
}

/**
 * "Lynch said she recalled thinking, “…”", "Ban Ki-moon condemned what he
 * called a “brazen breach”": when the attribution holding a quotation has a
 * pronoun for its source and sits inside what the same person is said to say,
 * the speaker is the outer one, who is named.
 */
function sameSpeakerAround(text: string, inner: Attribution, attributions: readonly Attribution[]): Attribution | undefined {
  const pronoun = (s: Span) => isPronoun(text.slice(s.start, s.end).toLowerCase());
  if (!inner.source || !inner.resolved || !pronoun(inner.source)) return undefined;
  const key = inner.resolved.key;
  return attributions.find((a) => a !== inner && a.source !== null && a.resolved?.key === key && !pronoun(a.source) && contentContains(a, inner.cue));
}

/** How far (in characters) the end of a "…, Schiff said." may be from the quotation that goes on after it. */
const MAX_GAP = 40;

/**
 * "…, Schiff said. “The other factor …”": the attribution that ends the
 * sentence right before an uncued quotation in the same paragraph, whose
 * source goes on speaking.
 */
function attributionJustBefore(text: string, q: Quotation, attributions: readonly Attribution[]): Attribution | undefined {
  // where the source and cue end: the attribution must close its sentence, its content all before them
  const endOf = (a: Attribution) => Math.max(a.cue.end, a.source?.end ?? 0);
  let best: Attribution | undefined;
  for (const a of attributions) {
    const end = endOf(a);
    if (!a.source || end > q.range.start || q.range.start - end > MAX_GAP || a.content.some((c) => c.end > end)) continue;
    if (!best || end > endOf(best)) best = a;
  }
  if (!best) return undefined;
  const gap = text.slice(endOf(best), q.range.start);
  // the same paragraph: no line break anywhere in the gap
  return /^[^\n“”"]*[.!?][^\S\n]*$/.test(gap) ? best : undefined;
}

function blockOf(blocks: readonly Block[], offset: number): number {
  for (let i = 0; i < blocks.length; i++) if (offset < blocks[i]!.range.end) return i;
  return blocks.length - 1;
}
