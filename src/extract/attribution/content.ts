/**
 * Where the content of an attribution starts and ends inside its sentence,
 * by PolNeAR's conventions: a complementiser is part of it ("that …"), the
 * sentence's closing stop is not, a quotation is kept whole with the
 * punctuation inside its marks, and content that opens a quotation runs on to
 * where the quotation closes, across sentences and paragraphs.
 */
import type { Span } from '../../core/span.js';
import { rangeOf, type TokenView } from '../../segment/token-view.js';
import type { AttributionContext, AttributionSentence } from './attribution.js';

const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'previously', 'again', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'last', 'this', 'next', 'on', 'late', 'early', 'privately', 'publicly', 'repeatedly', 'also', 'then', 'too']);
const TRAILING_PUNCT = new Set(['.', ',', ';', ':', '—', '–', '-']);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);

/** Skips time words right after a cue ("said Monday", "said on Thursday"): the token where the rest starts. */
export function skipTimeWords(view: TokenView, k: number): number {
  let j = k;
  while (j < view.words.length && TIME_WORDS.has(view.lower[j]!)) j++;
  // "on Thursday" leaves "on" only when a day follows; otherwise "on" starts the content
  if (j > k && view.lower[j - 1] === 'on') j--;
  return j;
}

/** Token index where content starts after a cue ending at `k`: skips "that"-less filler up to a nearby "that". */
export function contentStart(view: TokenView, k: number): number {
  let j = skipTimeWords(view, k);
  if (view.words[j] === ',' || view.words[j] === ':') j++;
  // "confirmed in April 2025 for the first time that it had …": content starts at "that"
  for (let m = j; m < Math.min(view.words.length, j + 8); m++) {
    const l = view.lower[m]!;
    if (l === 'that' && m > j) return m;
    // only dates, channels and names may stand between ("said he thought that …" starts at "he")
    const w = view.words[m]!;
    if (view.tokens[m]!.kind === 'punct' || !(/^(?:in|on|for|at|the|a|an|first|time|last|year|week|month)$/i.test(w) || /^[\dA-Z]/.test(w))) break;
  }
  return j;
}

/** The end of the content that runs to the end of its sentence: the closing stop left out, quotation marks kept. */
export function contentEndAtSentenceEnd(view: TokenView): number {
  let to = view.words.length;
  while (to > 0 && TRAILING_PUNCT.has(view.words[to - 1]!)) to--;
  return to;
}

/** Content from token `start` to the end of its sentence ("X said [that …]"), running on to the close of a quotation it opens. */
export function contentToSentenceEnd(sentence: AttributionSentence, ctx: AttributionContext, start: number): Span | null {
  const { view } = sentence;
  const end = contentEndAtSentenceEnd(view);
  if (start >= end) return null;
  const raw = rangeOf(view, start, end);
  // a quotation closing the sentence keeps its stop: "…under wraps.”"
  const piece = isClosingQuote(view.words[end - 1]!) ? raw : trimPiece(ctx.text, raw);
  return piece ? extendToQuoteEnd(piece, ctx) : null;
}

/** Trims a content piece: spaces, trailing commas and dashes outside quotation marks. */
export function trimPiece(text: string, range: Span): Span | null {
  let { start, end } = range;
  while (start < end && /[\s,;:—–]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–.]/.test(text[end - 1]!)) {
    if (text[end - 1] === '.' && /\.\s*$/.test(text.slice(start, end)) && /\b(?:Mr|Mrs|Ms|Dr|St|Jr|U\.S|a\.m|p\.m|Inc|Ltd|Co)\.$/.test(text.slice(start, end))) break;
    end--;
  }
  return end > start ? { start, end } : null;
}

/** Extends a content piece that opens a quotation without closing it to where the quotation closes. */
export function extendToQuoteEnd(range: Span, ctx: AttributionContext): Span {
  for (let i = firstQuoteAfter(ctx, range.start - 2); i < ctx.quotes.length; i++) {
    const q = ctx.quotes[i]!;
    if (q.start >= range.end) break;
    if (q.start >= range.start && q.start < range.end && q.end > range.end) return { start: range.start, end: q.end };
    if (q.start < range.start && q.end > range.start && q.end > range.end && range.start - q.start <= 1) return { start: q.start, end: q.end };
  }
  return range;
}

/** Extends a content piece that ends inside a quotation back to where the quotation opens ("“A,” he said" when the quotation began a sentence earlier). */
export function extendToQuoteStart(range: Span, ctx: AttributionContext): Span {
  // quotations do not nest: only the last one opening before the range can end inside it
  const q = ctx.quotes[firstQuoteAfter(ctx, range.start - 1) - 1];
  if (q && q.end > range.start && q.end <= range.end + 1) return { start: q.start, end: Math.max(range.end, q.end) };
  return range;
}

export function isClosingQuote(w: string): boolean {
  return CLOSING_QUOTES.has(w);
}

export function isOpeningQuote(w: string): boolean {
  return OPENING_QUOTES.has(w);
}

/** Index of the first quotation (sorted by start) that opens after `offset`. */
function firstQuoteAfter(ctx: AttributionContext, offset: number): number {
  let lo = 0;
  let hi = ctx.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.quotes[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an offset lies inside one of the quotations (sorted by start). */
export function insideQuote(ctx: AttributionContext, offset: number): boolean {
  // quotations do not nest, so the last one opening before the offset is the only candidate
  const q = ctx.quotes[firstQuoteAfter(ctx, offset) - 1];
  return q !== undefined && q.start < offset && offset < q.end;
}

/** The quotation that ends at or before `offset` with only spaces between: "“…” ― Carla Sanchez", "“…?” Graham asked". */
export function quoteEndingBefore(ctx: AttributionContext, offset: number): Span | undefined {
  // quotations do not nest, so the last one opening before the offset is the only candidate
  const q = ctx.quotes[firstQuoteAfter(ctx, offset) - 1];
  if (!q || q.end > offset) return undefined;
  for (let k = q.end; k < offset; k++) if (!/\s/.test(ctx.text[k]!)) return undefined;
  return q;
}

/** The quotations that open inside a range. */
export function quotesOpeningIn(ctx: AttributionContext, range: Span): Span[] {
  const out: Span[] = [];
  for (let i = firstQuoteAfter(ctx, range.start - 1); i < ctx.quotes.length && ctx.quotes[i]!.start < range.end; i++) out.push(ctx.quotes[i]!);
  return out;
}

/** A quotation that opens right after `offset` (only spaces between): "He said:\n“…”". */
export function quoteRightAfter(ctx: AttributionContext, offset: number): Span | undefined {
  const q = ctx.quotes[firstQuoteAfter(ctx, offset - 1)];
  if (!q) return undefined;
  for (let k = offset; k < q.start; k++) if (!/\s/.test(ctx.text[k]!)) return undefined;
  return q;
}

/** A comma right before token `i`, or a comma and the closing quotation mark after it ("…,” per …", "…," as …). */
export function followsComma(words: readonly string[], i: number): boolean {
  return words[i - 1] === ',' || ((words[i - 1] === '”' || words[i - 1] === '"') && words[i - 2] === ',');
}
