/**
 * Transcript and headline style: a paragraph that opens with a short name and
 * a colon ("WALLACE: But, Governor Pence, …", "Kerry: “By law, …”"). The
 * name is the source, the colon the cue, the rest of the paragraph the
 * content.
 */
import { rangeOf } from '../../../segment/token-view.js';
import { isCapitalised } from '../../entities/names.js';
import type { AttributionExtractor } from '../attribution.js';
import { isOpeningQuote, trimPiece } from '../content.js';
import { CUE_FORMS } from '../cues.js';

const MAX_NAME_TOKENS = 4;

export const speakerColon: AttributionExtractor = {
  name: 'speaker-colon',
  extract(sentence, ctx) {
    const { view } = sentence;
    const previous = ctx.sentences[sentence.index - 1];
    if (previous && previous.block === sentence.block) return [];
    const colon = view.words.indexOf(':');
    // a transcript pasted with a stray opening mark: "\"WALLACE: But, Governor Pence, …"
    const first = isOpeningQuote(view.words[0] ?? '') ? 1 : 0;
    if (colon < first + 1 || colon > first + MAX_NAME_TOKENS) return [];
    for (let k = first; k < colon; k++) if (!(isCapitalised(view.words[k]!) || view.words[k] === '.')) return [];
    // "Said Ellis:" is an inverted cue, read by the verb-cue extractor
    for (let k = first; k < colon; k++) if (CUE_FORMS.has(view.lower[k]!)) return [];
    const blockEnd = ctx.sentences.filter((s) => s.block === sentence.block).at(-1)!.range.end;
    const content = trimPiece(ctx.text, { start: view.tokens[colon]!.range.end, end: blockEnd });
    if (!content) return [];
    return [{ sentence: sentence.index, source: rangeOf(view, first, colon), cue: rangeOf(view, colon, colon + 1), content: [content], rule: 'speaker-colon' }];
  },
};
