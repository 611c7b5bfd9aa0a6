/**
 * A list of other stories' headlines pasted after the article's last paragraph
 * (lines with no closing punctuation, each a few words in headline form). At
 * least two such lines, at the very end, after a line that ends a sentence.
 * A line that opens with a date is an entry of the article's own schedule or
 * timeline ("June 9 – West Palm Beach, FL @ …"), not a headline.
 */
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../core/datetime.js';
import { endsSentence, quote, removeLines, splitLines, words } from '../lines.js';
import type { CleanRule } from '../rule.js';
import { isHeadlineLike } from './related-link.js';

const MIN_LINES = 2;
/** "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre": an entry of a schedule or timeline, the article's own. */
const DATED_ENTRY = new RegExp(`^(?:(?:${WEEKDAY_PATTERN}),?\\s+)?(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}\\b`);

export const trailingHeadlines: CleanRule = {
  id: 'clean/trailing-headlines',
  description: "remove a list of other stories' headlines after the article",
  apply({ text }) {
    const lines = splitLines(text);
    let i = lines.length - 1;
    while (i >= 0 && lines[i]!.text.trim() === '') i--;
    const last = i;
    let count = 0;
    let first = -1;
    while (i >= 0 && (lines[i]!.text.trim() === '' || (isHeadlineLike(lines[i]!) && !DATED_ENTRY.test(lines[i]!.text.trim())))) {
      if (lines[i]!.text.trim() !== '') {
        count++;
        first = i;
      }
      i--;
    }
    if (count < MIN_LINES || i < 0) return [];
    const before = lines[i]!;
    // the article must end properly right before the list
    if (!endsSentence(before.text) || words(before.text).length < 8) return [];
    const block = lines.slice(first, last + 1).map((l) => l.text.trim()).filter(Boolean);
    return [removeLines(text, lines[first]!, lines[last]!, `removed ${count} headlines of other stories after the article: ${block.map((t) => quote(t, 60)).join(', ')}`)];
  },
};
