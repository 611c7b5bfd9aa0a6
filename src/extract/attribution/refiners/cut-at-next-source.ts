/**
 * Content stops where another attribution of the same sentence starts:
 * "Kim … said he had sent troops, praising their “heroism,” the country’s
 * state media said Monday" — Kim's content ends before "the country’s state
 * media"; "…around 4,000 … in Kursk Oblast, according to Western officials"
 * — the intelligence reports' content ends before "according to".
 */
import type { Span } from '../../../core/span.js';
import type { Attribution, AttributionRefiner } from '../attribution.js';
import { trimPiece } from '../content.js';

export const cutAtNextSource: AttributionRefiner = {
  name: 'cut-at-next-source',
  refine(attributions, ctx) {
    const bySentence = new Map<number, Attribution[]>();
    for (const a of attributions) {
      const list = bySentence.get(a.sentence) ?? [];
      list.push(a);
      bySentence.set(a.sentence, list);
    }
    for (const list of bySentence.values()) {
      list.sort((x, y) => x.cue.start - y.cue.start);
      for (const [i, a] of list.entries()) {
        let reach = Math.max(...a.content.map((p) => p.end));
        for (let j = i + 1; j < list.length; j++) {
          const b = list[j]!;
          if (b.cue.start <= a.cue.start) continue;
          // the attributions of a sentence do not cross: past one that starts after the content, none can cut it
          if (b.cue.start >= reach && (!b.source || b.source.start >= reach)) break;
          const head = Math.min(b.cue.start, b.source && b.source.start > a.cue.end ? b.source.start : Infinity);
          a.content = a.content
            .map((piece): Span | null => {
              if (head <= piece.start || head >= piece.end) return piece;
              return trimPiece(ctx.text, { start: piece.start, end: piece.start + withoutTrailingJoiners(ctx.text.slice(piece.start, head)) });
            })
            .filter((p): p is Span => p !== null);
          reach = Math.max(...a.content.map((p) => p.end));
        }
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
