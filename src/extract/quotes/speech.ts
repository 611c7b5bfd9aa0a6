/**
 * Which quotations are speech. A quotation inside what an attribution says is
 * speech by its source; a sentence-long quotation with no cue of its own is
 * speech too (usually the speaker of the quotation before it goes on). A
 * short quotation with no cue is a scare quote or a title ("heroic",
 * "Comprehensive Strategic Partnership") and is left out.
 */
import type { Attribution } from '../attribution/attribution.js';
import type { Quotation } from './quotation.js';

/** Words it takes for an uncued quotation to count as speech rather than a term. */
const MIN_UNCUED_WORDS = 4;

export function isTermQuote(text: string, quotation: Quotation, attributedBy: Attribution | undefined): boolean {
  return !attributedBy && tooShortForSpeech(text.slice(quotation.inner.start, quotation.inner.end));
}

/** Whether quoted words are too few to be speech without a cue: a scare quote or a title. */
export function tooShortForSpeech(quoted: string): boolean {
  return quoted.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < MIN_UNCUED_WORDS;
}

/** The attribution whose content holds the quotation most tightly. */
export function attributionOf(quotation: Quotation, attributions: readonly Attribution[]): Attribution | undefined {
  let best: Attribution | undefined;
  let bestLength = Infinity;
  for (const a of attributions) {
    for (const piece of a.content) {
      const holds = piece.start <= quotation.inner.start && quotation.inner.end <= piece.end;
      if (holds && piece.end - piece.start < bestLength) {
        best = a;
        bestLength = piece.end - piece.start;
      }
    }
  }
  return best;
}
