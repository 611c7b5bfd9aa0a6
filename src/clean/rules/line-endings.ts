/** CRLF and lone CR line endings become LF, so every later rule sees one kind of line. */
import type { CleanEdit, CleanRule } from '../rule.js';

export const lineEndings: CleanRule = {
  id: 'clean/line-endings',
  description: 'normalise CRLF and CR line endings to LF',
  apply({ text }) {
    const edits: CleanEdit[] = [];
    for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
      edits.push(text.charCodeAt(i + 1) === 10 ? { start: i, end: i + 1, insert: '' } : { start: i, end: i + 1, insert: '\n' });
    }
    return edits;
  },
};
