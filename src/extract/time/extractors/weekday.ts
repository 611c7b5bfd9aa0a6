/**
 * Weekdays: "on Monday", "last Friday", "next Tuesday", "Friday morning",
 * "Friday's summit". Which Monday is decided when the reference date is known:
 * the last one, or the next one where the tense is future.
 */
import type { TimeExtractor } from '../extractor.js';
import type { Point } from '../mention.js';
import { PART_OF_DAY, PARTS_OF_DAY, WEEKDAY, weekdayNumber } from '../lexicon.js';

export const weekday: TimeExtractor = {
  name: 'weekday',
  pattern: new RegExp(String.raw`\b(?:(?<which>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)?(?<wd>${WEEKDAY})(?:['’]s)?(?:\s+(?<p>${PART_OF_DAY}))?\b`, 'g'),
  trigger: /(?:mon|tues|wednes|thurs|fri|satur|sun)day/gi,
  build(m) {
    const g = m.groups!;
    const which = g['which']?.toLowerCase();
    const p: Point = {
      kind: 'point',
      weekday: weekdayNumber(g['wd']!),
      direction: which === 'last' || which === 'past' ? 'past' : which === 'next' || which === 'coming' ? 'future' : 'auto',
    };
    const part = g['p'] ? PARTS_OF_DAY[g['p'].toLowerCase()] : undefined;
    if (part) p.partOfDay = part;
    // "Friday's summit": the possessive is not part of the expression
    const end = /['’]s/.exec(m[0]);
    return end && !g['p'] ? { value: p, start: 0, end: end.index } : { value: p };
  },
};
