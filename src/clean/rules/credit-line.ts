/**
 * Production credits at the end of wire copy: "Reporting by Hyonhee Shin in
 * Seoul; Editing by Ed Davies", "(Additional reporting by …)". A credit line is
 * nothing but such clauses, each a role, "by", and capitalised names.
 */
import { contentLines, quote, removeLines, splitLines } from '../lines.js';
import type { CleanEdit, CleanRule } from '../rule.js';

const ROLE = '(?:[Aa]dditional\\s+)?(?:[Rr]eporting|[Ww]riting|[Ww]ritten|[Ee]diting|[Ee]dited|[Cc]ompiled|[Pp]roduced|[Tt]ranslated|[Gg]raphics?|[Rr]esearch|[Ff]act-?checking)(?:\\s+and\\s+[a-z]+)?';
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}";
const NAMES = `${NAME}(?:\\s*(?:,|\\band\\b|&)\\s*${NAME})*`;
const CLAUSE = `${ROLE}\\s+by\\s+${NAMES}(?:\\s+in\\s+${NAME})?`;
export const CREDIT = new RegExp(`^\\s*\\(?\\s*${CLAUSE}(?:\\s*[;,]\\s*(?:and\\s+)?${CLAUSE})*\\s*\\)?\\s*\\.?\\s*$`, 'u');
const BOTTOM_LINES = 4;

export const creditLine: CleanRule = {
  id: 'clean/credit-line',
  description: 'remove "Reporting by …; Editing by …" credit lines at the end',
  apply({ text }) {
    const lines = contentLines(splitLines(text));
    const edits: CleanEdit[] = [];
    for (const line of lines.slice(-BOTTOM_LINES)) {
      if (line.text.length <= 300 && CREDIT.test(line.text)) edits.push(removeLines(text, line, line, `removed credit line ${quote(line.text)}`));
    }
    return edits;
  },
};
