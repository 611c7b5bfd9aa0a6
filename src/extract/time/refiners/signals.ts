/**
 * The preposition that ties an expression to its clause ("since September
 * 2023", "by 2030", "between 2014 and 2016", "from 2009 to 2011"): kept as the
 * mention's signal, outside its range, as TimeML keeps signals apart.
 */
import type { TimeRefiner } from '../extractor.js';
import type { Relation, TimeMention } from '../mention.js';
import { wordTable } from '../../../core/word-table.js';

const BEFORE = /\b(since|until|till|by|before|after|from|during|in|on|at|within|between|through|throughout|as\s+of|and|to)\s+$/i;

const RELATIONS: Readonly<Record<string, Relation>> = wordTable({
  since: 'since', until: 'until', till: 'until', through: 'until', by: 'by', before: 'before', after: 'after', from: 'from',
  during: 'during', throughout: 'during', in: 'in', on: 'on', at: 'at', within: 'within', between: 'between', 'as of': 'at',
});

export const signals: TimeRefiner = {
  name: 'signals',
  refine(mentions, doc) {
    let previous: TimeMention | undefined;
    for (const m of mentions) {
      const before = doc.text.slice(Math.max(0, m.range.start - 12), m.range.start);
      const hit = BEFORE.exec(before);
      if (hit) {
        const word = hit[1]!.toLowerCase().replace(/\s+/g, ' ');
        const range = { start: m.range.start - hit[0].length, end: m.range.start - hit[0].length + hit[1]!.length };
        // the second end of "between X and Y" / "from X to Y"
        const pair = previous?.sentence === m.sentence && previous.signal && previous.range.end === range.start - 1 ? previous.signal.relation : undefined;
        const relation = word === 'and' ? (pair === 'between' ? 'between' : undefined) : word === 'to' ? (pair === 'from' ? 'until' : undefined) : RELATIONS[word];
        if (relation) m.signal = { relation, range };
      }
      previous = m;
    }
    return mentions;
  },
};
