/**
 * Hard line wraps inside sentences (text copied from a PDF, a print view or an
 * e-mail) are joined with a space. A line break is a wrap when the next line
 * starts in lower case, or the line ends in a word that cannot end a sentence
 * ("the", "of", "as"), or the whole text is hard-wrapped (its lines stop near
 * one width without closing punctuation) and this line reaches that width.
 * Breaks before blank lines (paragraphs) are never joined.
 */
import { endsSentence, splitLines, type Line } from '../lines.js';
import type { CleanEdit, CleanRule } from '../rule.js';

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'and', 'or', 'but', 'nor', 'that', 'which',
  'who', 'whose', 'whom', 'than', 'into', 'onto', 'over', 'under', 'about', 'after', 'before', 'between', 'through', 'during',
  'against', 'without', 'within', 'among', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'these', 'those', 'is',
  'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must',
  'not', 'if', 'when', 'while', 'where', 'because', 'since', 'so', 'such', 'some', 'more', 'most', 'very', 'also', 'said',
]);

/** The width a hard-wrapped text is wrapped at, or null when its lines are not wrapped. */
export function wrapWidth(lines: readonly Line[]): number | null {
  const inner = lines.filter((l, i) => l.text.trim() !== '' && (lines[i + 1]?.text.trim() ?? '') !== '');
  if (inner.length < 3) return null;
  const lengths = inner.map((l) => l.text.trimEnd().length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width < 30 || width > 130) return null;
  const wrapped = inner.filter((l) => l.text.trimEnd().length >= width * 0.75 && !endsSentence(l.text));
  return wrapped.length >= 3 && wrapped.length >= inner.length * 0.5 ? width : null;
}

export const unwrapLines: CleanRule = {
  id: 'clean/unwrap-lines',
  description: 'join hard-wrapped lines inside sentences',
  apply(ctx) {
    const { text } = ctx;
    const lines = splitLines(text);
    const width = wrapWidth(lines);
    const edits: CleanEdit[] = [];
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i]!;
      const next = lines[i + 1]!;
      const a = line.text.trimEnd();
      const b = next.text.trimStart();
      if (a.trim() === '' || b === '') continue;
      if (!isWrap(a, b, width)) continue;
      edits.push({ start: line.start + a.length, end: next.end - b.length, insert: ' ' });
    }
    if (edits.length > 0) {
      ctx.note('info', `joined ${edits.length} line${edits.length === 1 ? '' : 's'} broken inside sentences${width ? ` (text hard-wrapped at about ${width} characters)` : ''}`);
    }
    return edits;
  },
};

function isWrap(line: string, next: string, width: number | null): boolean {
  if (endsSentence(line)) return false;
  if (/^[“"‘'(]*\p{Ll}/u.test(next)) return true;
  const lastWord = /(?<![\p{L}\p{N}_])(\p{L}+)[^\p{L}\p{N}_]*$/u.exec(line)?.[1];
  if (lastWord && /^\p{Ll}/u.test(lastWord) && FUNCTION_WORDS.has(lastWord)) return true;
  if (width !== null && line.length >= width * 0.75) return true;
  return /[,;]$/.test(line) && width !== null;
}
