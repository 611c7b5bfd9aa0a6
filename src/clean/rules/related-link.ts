/**
 * Links to other stories inside or after the article: "Related article: …",
 * "Read more: …", "See also: …", and a "Related stories" / "More from …" header
 * with the headline lines under it.
 */
import { endsWithPunctuation, quote, removeLines, splitLines, words, type Line } from '../lines.js';
import type { CleanEdit, CleanRule } from '../rule.js';

const LINK_LINE =
  /^\s*(?:related(?:\s+(?:articles?|stories|story|coverage|content|reading|news|links?|video))?|read\s+more|read\s+also|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?|recommended(?:\s+reading)?|you\s+may\s+also\s+like|don['’]?t\s+miss|watch|listen|more)\s*[:|»›>–—]\s*\S.{0,250}$/i;
/** A list's header line, trimmed ("Related coverage:", "More from the BBC"). */
const HEADER =
  /^(?:related(?:\s+(?:articles|stories|coverage|content|links))?|more\s+(?:stories|news|coverage)(?:\s+(?:from|on)\s+[\p{L}\s]{0,39}\p{L})?|more\s+from\s+[\p{L}\s]{1,39}\p{L}|read\s+more|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed)|top\s+stories|latest(?:\s+news)?|trending(?:\s+now)?|in\s+other\s+news)(?:\s*:)?$/iu;

export function isHeadlineLike(line: Line): boolean {
  const t = line.text.trim();
  const n = words(t).length;
  return n >= 3 && n <= 25 && t.length <= 180 && !endsWithPunctuation(t) && /^[\p{Lu}\p{N}“"‘'«]/u.test(t);
}

export const relatedLink: CleanRule = {
  id: 'clean/related-link',
  description: 'remove "Related article:" / "Read more:" lines and related-story lists under a header',
  apply({ text }) {
    const lines = splitLines(text);
    const edits: CleanEdit[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (LINK_LINE.test(line.text)) {
        edits.push(removeLines(text, line, line, `removed link to another story ${quote(line.text)}`));
        continue;
      }
      if (!HEADER.test(line.text.trim())) continue;
      let last = i;
      let j = i + 1;
      while (j < lines.length && (lines[j]!.text.trim() === '' || isHeadlineLike(lines[j]!))) {
        if (lines[j]!.text.trim() !== '') last = j;
        j++;
      }
      if (last === i) continue; // a lone word like "Latest" with no list under it may be article text
      edits.push(removeLines(text, line, lines[last]!, `removed list of ${countContent(lines, i + 1, last)} related headlines under ${quote(line.text)}`));
      i = last;
    }
    return edits;
  },
};

function countContent(lines: readonly Line[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k <= to; k++) if (lines[k]!.text.trim() !== '') n++;
  return n;
}
