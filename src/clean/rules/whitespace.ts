/**
 * Whitespace: any spaces at line ends and starts go (no-break and other
 * Unicode spaces included), runs of spaces and tabs inside a line become one
 * space, runs of blank lines become one blank line, and blank lines at the
 * start and end go. Line breaks that stay are kept as the source's own
 * characters. No-break and thin spaces inside a line are kept: they separate
 * digit groups ("4 000").
 */
import type { CleanEdit, CleanRule } from '../rule.js';
import { endWithout, isSpace } from '../../core/text-scan.js';

const RUN = /[ \t]{2,}|\t/g;

export const whitespace: CleanRule = {
  id: 'clean/whitespace',
  description: 'normalise spaces and blank lines',
  apply({ text }) {
    const edits: CleanEdit[] = [];
    const del = (start: number, end: number): void => {
      if (end > start) edits.push({ start, end, insert: '' });
    };
    let prevEnd = -1; // end of the previous content line's text, -1 before the first
    let pos = 0;
    while (pos <= text.length) {
      let lineEnd = text.indexOf('\n', pos);
      if (lineEnd === -1) lineEnd = text.length;
      const line = text.slice(pos, lineEnd);
      const lead = /^[^\S\n]*/.exec(line)![0].length;
      const trail = line.length - endWithout(line, (ch) => ch !== '\n' && isSpace(ch));
      if (lead < line.length) {
        const start = pos + lead;
        const end = lineEnd - trail;
        if (prevEnd === -1) del(0, start);
        else gap(text, prevEnd, start, del);
        for (const m of text.slice(start, end).matchAll(RUN)) edits.push({ start: start + m.index, end: start + m.index + m[0].length, insert: ' ' });
        prevEnd = end;
      }
      pos = lineEnd + 1;
    }
    del(prevEnd === -1 ? 0 : prevEnd, text.length);
    return edits;
  },
};

/** Between two content lines: keep one newline, or two where there was a blank line. */
function gap(text: string, from: number, to: number, del: (start: number, end: number) => void): void {
  const first = text.indexOf('\n', from);
  const last = text.lastIndexOf('\n', to - 1);
  del(from, first);
  if (last > first) {
    // keep the first and last newline: together they make one blank line
    del(first + 1, last);
  }
  del(last + 1, to);
}
