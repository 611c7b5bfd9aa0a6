/**
 * The place a figure is about, when its clause names one with a preposition
 * of place: "11,000 troops initially sent to Kursk", "killed or injured in
 * Kursk Oblast", "deployed to Russia's Kursk region" (the most specific name
 * of the phrase: Kursk). The place is looked for after the figure up to the
 * next figure or the end of the clause, then before it in its clause ("In
 * Kursk, 600 were killed"). "Fighting for Russia" and "against Ukraine" name
 * a side, not a place.
 */
import type { Span } from '../../core/span.js';
import type { EntityMention } from '../entities/mention.js';

/** A preposition of place and up to two words (a possessive place, "the") before the place's name; "from" only after the figure ("officials from Seoul" say, they are not where). */
const LOCATIVE_BEFORE = /\b(?:in|into|to|inside|across|at|near|around|throughout|within)\s+(?:the\s+)?(?:[\p{L}-]+['’]s?\s+){0,2}$/iu;
const LOCATIVE_AFTER_FIGURE = /\b(?:in|into|to|inside|across|at|near|around|from|throughout|within)\s+(?:the\s+)?(?:[\p{L}-]+['’]s?\s+){0,2}$/iu;
/** "Russia's Kursk region" names a place; "Russia's war" does not. */
const PLACE_NOUN_AFTER_POSSESSIVE = /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:region|oblast|province|territory|border|city|capital|coast|frontier|soil)\b/iu;

export function figurePlace(figure: Span, nextFigureStart: number | null, clause: Span, places: readonly EntityMention[], text: string): Span | null {
  // before the figure, only its own clause: from the last comma or semicolon on
  const lead = text.slice(clause.start, figure.start);
  // …unless the sentence opens with the place: "In Kharkiv, 12 people were killed"
  const opening = /^\s*(?:in|at|near|across|inside|throughout)\s[^,;]{1,60},[^,;]*$/i.test(lead);
  const leadStart = opening ? clause.start : clause.start + Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1;
  const after = places.filter((p) => p.range.start >= figure.end && p.range.end <= Math.min(clause.end, nextFigureStart ?? Infinity));
  const before = places.filter((p) => p.range.end <= figure.start && p.range.start >= leadStart).reverse();
  for (const [candidates, locative] of [[after, LOCATIVE_AFTER_FIGURE], [before, LOCATIVE_BEFORE]] as const) {
    for (const p of candidates) {
      if (!locative.test(text.slice(Math.max(clause.start, p.range.start - 40), p.range.start))) continue;
      // "to Russia's Kursk region": the last name of the phrase is the most specific
      const chained = places.find((q) => q.range.start >= p.range.end && /^['’]s?\s+$/.test(text.slice(p.range.end, q.range.start)));
      if (chained) return chained.range;
      const rest = text.slice(p.range.end, p.range.end + 40);
      if (/^['’]/.test(rest) && !PLACE_NOUN_AFTER_POSSESSIVE.test(rest)) continue;
      return p.range;
    }
  }
  return null;
}
