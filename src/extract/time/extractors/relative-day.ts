/** Days named from the reference date: "today", "yesterday morning", "tomorrow", "tonight", "this morning", "last night". */
import type { TimeExtractor } from '../extractor.js';
import type { Point } from '../mention.js';
import { PART_OF_DAY, PARTS_OF_DAY } from '../lexicon.js';
import { wordTable } from '../../../core/word-table.js';

const OFFSETS: Readonly<Record<string, number>> = wordTable({ today: 0, tonight: 0, yesterday: -1, tomorrow: 1, this: 0, last: -1 });

export const relativeDay: TimeExtractor = {
  name: 'relative-day',
  pattern: new RegExp(
    String.raw`\b(?:(?<w>today|tonight|yesterday|tomorrow)(?:\s+(?<p>${PART_OF_DAY}))?|(?<w2>this|last)\s+(?<p2>${PART_OF_DAY})|the\s+day\s+(?<around>before\s+yesterday|after\s+tomorrow))\b(?!['’]s\s)`,
    'gi',
  ),
  trigger: /today|tonight|yesterday|tomorrow|morning|afternoon|evening|night/gi,
  build(m) {
    const g = m.groups!;
    if (g['around']) return { value: { kind: 'point', relative: { unit: 'day', offset: /^before/i.test(g['around']) ? -2 : 2 } } };
    const word = (g['w'] ?? g['w2'])!.toLowerCase();
    const part = (g['p'] ?? g['p2'])?.toLowerCase();
    // "last morning" is not said; "last night" is the night before
    if (word === 'last' && part !== 'night') return null;
    const p: Point = { kind: 'point', relative: { unit: 'day', offset: OFFSETS[word]! } };
    const partOfDay = PARTS_OF_DAY[part ?? (word === 'tonight' ? 'tonight' : '')];
    if (partOfDay) p.partOfDay = partOfDay;
    return { value: p };
  },
};
