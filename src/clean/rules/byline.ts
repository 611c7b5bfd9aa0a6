/**
 * Byline lines near the top ("By Choe Sang-Hun", "By Jane Doe and John Roe,
 * Reuters", "By Jane Doe | April 27, 2025") are read into `byline` (and a date
 * on the same line into `published`) and removed from the body.
 */
import { formatDateTime } from '../../core/datetime.js';
import { contentLines, quote, removeLines, splitLines } from '../lines.js';
import type { CleanEdit, CleanRule } from '../rule.js';
import { parseDateline } from './dateline.js';

const PARTICLE = "(?:de|del|della|der|den|van|von|da|di|du|dos|bin|ibn|al|el|la|le|st\\.?)";
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.)";
const NAME = `${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${PARTICLE})){0,4}`;
const NAMES = `${NAME}(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)${NAME}){0,5}`;
// case-sensitive on purpose: names start with capitals ("By the end of…" is not a byline)
export const BYLINE = new RegExp(`^\\s*(?:By|BY|Words by|Written by)\\s+(?<names>${NAMES})\\s*(?<rest>(?:[,|•·–—-]\\s*.*)?)$`, 'u');
const TOP_LINES = 8;

export const byline: CleanRule = {
  id: 'clean/byline',
  description: 'read "By …" lines near the top into the byline and remove them',
  apply(ctx) {
    const { text } = ctx;
    const edits: CleanEdit[] = [];
    for (const line of contentLines(splitLines(text)).slice(0, TOP_LINES)) {
      if (line.text.length > 160) continue;
      const m = BYLINE.exec(line.text);
      if (!m?.groups) continue;
      const rawRest = m.groups['rest'] ?? '';
      const rest = rawRest.replace(/^[\s,|•·–—-]+/, '');
      const restOffset = line.start + line.text.length - rawRest.length + (rawRest.length - rest.length);
      // what follows the names must be an affiliation (a few capitalised words) or a date line
      const date = rest ? parseDateline(rest) : null;
      if (rest && !date && !/^\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4}\s*$/u.test(rest)) continue;
      const range = { start: line.start, end: line.end };
      ctx.found({ key: 'byline', value: `${m.groups['names']!.trim()}${rest && !date ? `, ${rest.trim()}` : ''}`, range });
      for (const kind of ['published', 'updated'] as const) {
        const d = date?.[kind];
        if (d) ctx.found({ key: kind, value: formatDateTime(d.value), range: { start: restOffset + d.start, end: restOffset + d.end }, ...(d.value.zone ? { zone: d.value.zone } : {}) });
      }
      edits.push(removeLines(text, line, line, `removed byline ${quote(line.text)}`));
    }
    return edits;
  },
};
