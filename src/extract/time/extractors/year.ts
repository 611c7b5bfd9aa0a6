/**
 * Years ("in 2024", "early 2009", "the 2024 election"), decades ("the 1990s",
 * "the '80s") and fiscal years ("FY2007", "fiscal 2024"). A four-digit number
 * followed by a noun it counts ("2000 troops") is not a year.
 */
import { found, MOD_PREFIX, modOf, type TimeExtractor } from '../extractor.js';
import { YEAR } from '../lexicon.js';

/** Words after which a four-digit number is a year even when a noun follows ("in 2024 elections"). */
const YEAR_BEFORE = /(?:^|\s)(?:in|since|by|until|till|from|during|of|before|after|through|throughout|between|and|to|or|early|late|mid|year|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|spring|summer|autumn|fall|winter|[’']s|the|its|their|his|her|our)[\s-]*$/i;
/** Nouns a year often modifies ("the 2024 election"). */
const YEAR_NOUNS = /^(?:elections?|budget|season|census|olympics|games|war|summit|campaign|report|law|agreement|treaty|deal|plan|target|levels?|figures?|contract|model|edition|tournament|cup|championship|invasion|offensive|crisis|revolution|coup|protests?|uprising|referendum|vote|race|primary|primaries|fiscal|financial|calendar|deadline|estimate|survey|study|record|peak|total)\b/;

export const year: TimeExtractor = {
  name: 'year',
  pattern: new RegExp(String.raw`(?<![\d$£€¥.,:/-])${MOD_PREFIX}(?<y>${YEAR})(?![\d%]|[.,]\d|-\d|\s*(?:[ap]\.?m\b|GMT|UTC))`, 'gi'),
  trigger: /1[89]\d\d|20\d\d/gi,
  build(m, sentence) {
    const g = m.groups!;
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const word = /^\s+([a-z][\w-]*)/.exec(after)?.[1];
    if (word && !g['mod'] && !YEAR_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index)) && !YEAR_NOUNS.test(word) && !/^(?:and|to|when|as|after|before|in|on|at|for|with|which|that|was|were|is|are|has|had|have|the|a|an|but|or|while|because|amid|until|through|from|by|of|saw|brought|marked|began|ended|will|would)$/.test(word)) {
      return null;
    }
    return found({ kind: 'point', year: Number(g['y']) }, modOf(g['mod']));
  },
};

export const decade: TimeExtractor = {
  name: 'decade',
  pattern: /\b(?:the\s+)?(?:(?<c>1[89]|20)(?<d>\d)0|['’](?<s>\d)0|(?<=\b(?:the|and|or|to)\s+)(?<b>[2-9])0)['’]?s\b/g,
  trigger: /\d0['’]?s/gi,
  build(m) {
    const g = m.groups!;
    const short = g['s'] ?? g['b'];
    const value = g['c'] ? Number(`${g['c']}${g['d']}`) : Number(short) <= 2 ? 200 + Number(short) : 190 + Number(short);
    return { value: { kind: 'point', decade: value } };
  },
};

export const fiscalYear: TimeExtractor = {
  name: 'fiscal-year',
  pattern: /\b(?:FY\s?|fiscal\s+(?:year\s+)?)(?<y>(?:19|20)\d\d|\d\d)(?!\d)/g,
  trigger: /fy|fiscal/gi,
  build(m) {
    const y = m.groups!['y']!;
    return { value: { kind: 'point', year: y.length === 2 ? 2000 + Number(y) : Number(y), fiscal: true } };
  },
};
