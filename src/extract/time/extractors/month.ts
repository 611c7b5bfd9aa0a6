/**
 * A month named alone ("in June", "early August", "the end of March"): its year
 * comes from the reference date and the tense. "May" next to a capitalised
 * word is a name ("Theresa May"), not a month.
 */
import { found, MOD_PREFIX, MONTH_TRIGGER, modOf, type TimeExtractor } from '../extractor.js';
import { MONTH, monthOf } from '../lexicon.js';
import { isSpace, lastWord } from '../../../core/text-scan.js';

const PREPOSITION_BEFORE = /^(?:in|by|since|until|till|from|during|last|next|this|early|late|mid|on|before|after|through|throughout|between|and|or|of|the|each|every|to|as|their|its|his|her|our|whose)$/i;

export const month: TimeExtractor = {
  name: 'month',
  pattern: new RegExp(String.raw`\b${MOD_PREFIX}(?<m>${MONTH})(?![\w-]|\s+\d)`, 'gi'),
  trigger: MONTH_TRIGGER,
  build(m, sentence) {
    const g = m.groups!;
    const name = g['m']!;
    if (!/^[A-Z]/.test(name)) return null;
    const lead = sentence.slice(Math.max(0, m.index - 30), m.index);
    const word = isSpace(lead[lead.length - 1]) ? lastWord(lead) : null;
    const before = word ? lead.slice(word.start, word.end) : undefined;
    const afterPreposition = before !== undefined && PREPOSITION_BEFORE.test(before);
    if (!g['mod'] && !afterPreposition) {
      // "Theresa May", "June Smith", "May Day": a name
      if (before && /^[A-Z][a-z]/.test(before) && m.index > before.length + 1) return null;
      if (/^\s+[A-Z]/.test(sentence.slice(m.index + m[0].length))) return null;
      if (name === 'May') return null;
    }
    const month = monthOf(name);
    return month ? found({ kind: 'point', month, direction: 'auto' }, modOf(g['mod'])) : null;
  },
};
