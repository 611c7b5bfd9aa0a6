/**
 * Characters that are invisible but break matching: zero-width spaces and
 * joiners, bidirectional controls, soft hyphens, stray byte-order marks, and C0
 * control characters (NUL among them). A "4\u200b000" or a name with a
 * right-to-left mark inside must read as the reader sees it.
 */
import type { CleanEdit, CleanRule } from '../rule.js';

// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]+/g;

export const invisibleChars: CleanRule = {
  id: 'clean/invisible-chars',
  description: 'remove zero-width, bidirectional-control and control characters',
  apply(ctx) {
    const edits: CleanEdit[] = [];
    let controls = 0;
    let invisible = 0;
    for (const m of ctx.text.matchAll(INVISIBLE)) {
      const start = m.index;
      const isControl = m[0].charCodeAt(0) < 0x80;
      if (isControl) controls += m[0].length;
      else invisible += m[0].length;
      // line and paragraph separators are line breaks, not noise
      const insert = m[0] === '\u2028' ? '\n' : m[0] === '\u2029' ? '\n\n' : '';
      edits.push({ start, end: start + m[0].length, insert });
    }
    if (controls > 0) ctx.note('warning', `removed ${controls} control character${controls === 1 ? '' : 's'} (NUL and similar)`);
    if (invisible > 0) ctx.note('info', `removed ${invisible} invisible character${invisible === 1 ? '' : 's'} (zero-width, direction marks, soft hyphens)`);
    return edits;
  },
};
