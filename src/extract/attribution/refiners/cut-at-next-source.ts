/**
 * Content stops where another attribution of the same sentence starts:
 * "Kim … said he had sent troops, praising their “heroism,” the country’s
 * state media said Monday" — Kim's content ends before "the country’s state
 * media"; "…around 4,000 … in Kursk Oblast, according to Western officials"
 * — the intelligence reports' content ends before "according to".
 */
import type { Span } from '../../../core/span.js';
import type { AttributionRefiner } from '../attribution.js';
import { trimPiece } from '../content.js';

export const cutAtNextSource: AttributionRefiner = {
  name: 'cut-at-next-source',
  refine(attributions, ctx) {
    for (const a of attributions) {
      for (const b of attributions) {
        if (b === a || b.sentence !== a.sentence || b.cue.start <= a.cue.start) continue;
        const head = Math.min(b.cue.start, b.source && b.source.start > a.cue.end ? b.source.start : Infinity);
        a.content = a.content
          .map((piece): Span | null => {
            if (head <= piece.start || head >= piece.end) return piece;
            return trimPiece(ctx.text, { start: piece.start, end: piece.start + withoutTrailingJoiners(ctx.text.slice(piece.start, head)) });
          })
          .filter((p): p is Span => p !== null);
      }
    }
    return attributions.filter((a) => a.content.length > 0);
  },
};


const JOINERS = ['even though', 'although', 'though', 'whereas', 'while', 'even as', 'but', 'and', 'as'];
const SEPARATOR = /[\s,;—–]/;
const WORD_CHAR = /\w/;

/** The length of `text` without the separators and joining words that end it ("…, but", "… and while"). */
function withoutTrailingJoiners(text: string): number {
  let end = text.length;
  for (;;) {
    while (end > 0 && SEPARATOR.test(text[end - 1]!)) end--;
    const joiner = JOINERS.find((w) => end >= w.length && text.startsWith(w, end - w.length) && !WORD_CHAR.test(text[end - w.length - 1] ?? ' '));
    if (!joiner) return end;
    end -= joiner.length;
  }
}
