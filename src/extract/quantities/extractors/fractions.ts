/**
 * Fractions and shares, as percentages: "half", "over half of", "a third",
 * "two-thirds", "three quarters", "one in five", "1 in 10", "7 out of 10".
 */
import { DENOMINATORS, TRIGGER_WORDS, UNITS_WORDS } from '../lexicon/numbers.js';
import { newFigure, type FigureExtractor } from '../extractor.js';
import type { Figure } from '../figure.js';
import type { QToken } from '../tokens.js';
import { wordTable } from '../../../core/word-table.js';

const NUMERATOR: Readonly<Record<string, number>> = wordTable({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 });
/** Words before "half" that make it a share ("over half", "about half", "half of"). */
const HALF_BEFORE = new Set(['over', 'than', 'nearly', 'almost', 'about', 'around', 'roughly', 'just', 'some', 'least', 'most', 'fully', 'only', 'barely']);
const HALF_AFTER = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all', 'them', 'that', 'those', 'these']);

export const fractions: FigureExtractor = {
  name: 'fractions',
  extract(sentence) {
    const t = sentence.tokens;
    const out: Figure[] = [];
    const push = (first: QToken, last: QToken, share: number): void => {
      const f = newFigure(sentence.index, first.start, last.end, share * 100, share * 100, 'fraction');
      f.unit = 'percent';
      out.push(f);
    };
    for (let i = 0; i < t.length; i++) {
      const tok = t[i]!;
      if (tok.kind === 'punct' || (tok.kind === 'word' && !TRIGGER_WORDS.has(tok.lower))) continue;
      const next = t[i + 1];
      // "one in five", "1 in 10", "7 out of 10"
      const n = tok.kind === 'digits' ? Number(tok.text) : UNITS_WORDS[tok.lower];
      if (n !== undefined && n > 0 && (next?.lower === 'in' || (next?.lower === 'out' && t[i + 2]?.lower === 'of'))) {
        const denTok = next.lower === 'in' ? t[i + 2] : t[i + 3];
        const d = denTok ? (denTok.kind === 'digits' ? Number(denTok.text) : UNITS_WORDS[denTok.lower]) : undefined;
        if (denTok && d !== undefined && d > n && d <= 1000) {
          push(tok, denTok, n / d);
          i = t.indexOf(denTok);
          continue;
        }
      }
      if (tok.kind !== 'word') continue;
      // "half": a share when quantified or followed by "of"/"the"
      if (tok.lower === 'half') {
        const before = t[i - 1]?.lower ?? '';
        if ((HALF_BEFORE.has(before) || HALF_AFTER.has(next?.lower ?? '')) && !(next?.text === '-' && next.glued) && next?.lower !== 'a' && before !== 'first' && before !== 'second' && before !== 'the') push(tok, tok, 0.5);
        continue;
      }
      // "a third", "two-thirds", "three quarters"
      const num = NUMERATOR[tok.lower];
      if (num === undefined) continue;
      let denTok = next;
      if (next?.text === '-' && next.glued && t[i + 2]?.glued) denTok = t[i + 2];
      if (!denTok || DENOMINATORS[denTok.lower] === undefined || denTok.lower === 'half' || denTok.lower === 'second') continue;
      const plural = denTok.lower.endsWith('s');
      // "a third of", "one third", "two-thirds": the fraction form; "the third day" has no numerator
      if ((num === 1) === plural) continue;
      push(tok, denTok, num / DENOMINATORS[denTok.lower]!);
      i = t.indexOf(denTok);
    }
    return out;
  },
};
