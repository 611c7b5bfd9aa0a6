/**
 * Words broken across a line with a hyphen ("deploy-\nment") are joined
 * ("deployment"). The hyphen stays, and only the line break goes, where the
 * hyphen belongs to the word: the hyphenated form occurs elsewhere in the text,
 * the joined form does not, and the parts look like a compound ("long-range",
 * "Kremlin-backed", "self-propelled").
 */
import type { CleanEdit, CleanRule } from '../rule.js';

const BREAK = /(?<!\p{L})(\p{L}+)-[ \t]*\n[ \t]*(\p{L}+)/gu;
const LINE_END_HYPHEN = /\p{L}-[ \t]*\n/u;
const COMPOUND_PREFIXES = new Set([
  'self', 'ex', 'non', 'anti', 'pro', 'multi', 'semi', 'post', 'pre', 'well', 'long', 'short', 'high', 'low', 'full', 'half',
  'all', 'cross', 'so', 'one', 'two', 'three', 'four', 'five', 'six', 'ten', 'mid', 'near', 'far', 'counter', 'cease', 'vice',
]);
const COMPOUND_HEADS = new Set([
  'based', 'led', 'backed', 'made', 'owned', 'run', 'range', 'term', 'old', 'year', 'years', 'time', 'known', 'like', 'free',
  'style', 'wide', 'level', 'scale', 'class', 'type', 'related', 'linked', 'funded', 'controlled', 'occupied', 'held', 'born',
  'speaking', 'producing', 'fire', 'up', 'off', 'out', 'in', 'over', 'day', 'week', 'month', 'hour', 'minute', 'point', 'party',
  'state', 'president', 'minister', 'general', 'elect', 'chief',
]);

export const dehyphenate: CleanRule = {
  id: 'clean/dehyphenate',
  description: 'join words hyphenated across a line break',
  apply({ text }) {
    const edits: CleanEdit[] = [];
    // most texts break no word across a line: neither the search nor the vocabulary is needed
    if (!LINE_END_HYPHEN.test(text)) return edits;
    const vocabulary = wordsOf(text);
    for (const m of text.matchAll(BREAK)) {
      const [whole, left, right] = m as unknown as [string, string, string];
      const hyphen = m.index + left.length;
      const end = m.index + whole.length - right.length;
      const keep = keepsHyphen(left, right, vocabulary);
      edits.push({
        start: keep ? hyphen + 1 : hyphen,
        end,
        insert: '',
        reason: keep ? `joined "${left}-" and "${right}" across a line break, keeping the hyphen` : `joined "${left}-" and "${right}" across a line break into "${left}${right}"`,
      });
    }
    return edits;
  },
};

function keepsHyphen(left: string, right: string, vocabulary: ReadonlySet<string>): boolean {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  if (vocabulary.has(`${l}-${r}`)) return true;
  if (vocabulary.has(`${l}${r}`)) return false;
  if (/^\p{Lu}/u.test(right)) return true; // "Russia-\nUkraine", "anti-\nAmerican"
  return COMPOUND_PREFIXES.has(l) || COMPOUND_HEADS.has(r);
}

function wordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) out.add(m[0].toLowerCase());
  return out;
}
