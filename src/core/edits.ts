/**
 * Edits: replace `[start, end)` of a text with `insert`. Applying a list of
 * non-overlapping edits gives a new text and the map from it back to the old one.
 */
import { TextBuilder } from './text-builder.js';
import type { OffsetMap } from './offset-map.js';

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

export function applyEdits(text: string, edits: readonly Edit[]): { text: string; map: OffsetMap } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const builder = new TextBuilder(text);
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) {
      throw new RangeError(`edits overlap or leave the text at [${edit.start}, ${edit.end})`);
    }
    builder.copy(cursor, edit.start);
    builder.replace(edit.start, edit.end, edit.insert);
    cursor = edit.end;
  }
  builder.copy(cursor, text.length);
  return builder.finish();
}
