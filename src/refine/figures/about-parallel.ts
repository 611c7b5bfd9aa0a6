/**
 * Clauses after semicolons that leave out what the first clause said
 * ("Homes from $750,000 to $1 million stay an average of 70 days; $1 million
 * to $1.25 million, 99 days; …"): with no word of their own but figures and
 * conjunctions, each figure there is about what the figure in the same place
 * of the first clause is about, when both measure the same kind of thing.
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import type { Figure } from '../../extract/quantities/figure.js';
import { CONJUNCTIONS } from '../../extract/quantities/lexicon/words.js';
import type { QToken } from '../../extract/quantities/tokens.js';
import { sameKindOfUnit, sentenceOf } from './helpers.js';

export const aboutParallel: FigureRefiner = {
  name: 'about-parallel',
  refine(figures, ctx) {
    const bySentence = new Map<number, Figure[]>();
    for (const f of figures) {
      if (f.role === 'excluded') continue;
      const list = bySentence.get(f.sentence);
      if (list) list.push(f);
      else bySentence.set(f.sentence, [f]);
    }
    for (const list of bySentence.values()) {
      const clauses = clausesOf(sentenceOf(list[0]!, ctx).tokens, list);
      const model = clauses[0]!;
      if (clauses.length < 2 || !model.figures.some((f) => f.about !== null)) continue;
      for (const clause of clauses.slice(1)) {
        if (!clause.bare || clause.figures.length > model.figures.length) continue;
        clause.figures.forEach((f, i) => {
          const like = model.figures[i]!;
          if (f.about === null && like.about !== null && sameKindOfUnit(f, like)) f.about = like.about;
        });
      }
    }
    return figures;
  },
};

interface Clause {
  figures: Figure[];
  /** nothing but figures, conjunctions and punctuation */
  bare: boolean;
}

/** The sentence cut at its semicolons, each piece with its figures (in order) and whether it has words of its own. */
function clausesOf(tokens: readonly QToken[], figures: readonly Figure[]): Clause[] {
  const clauses: Clause[] = [{ figures: [], bare: true }];
  let next = 0;
  for (const t of tokens) {
    if (t.text === ';') {
      clauses.push({ figures: [], bare: true });
      continue;
    }
    const clause = clauses[clauses.length - 1]!;
    while (next < figures.length && figures[next]!.range.end <= t.start) next++;
    const f = figures[next];
    if (f && f.range.start <= t.start && t.end <= f.range.end) {
      if (clause.figures[clause.figures.length - 1] !== f) clause.figures.push(f);
    } else if (t.kind !== 'punct' && !CONJUNCTIONS.has(t.lower)) clause.bare = false;
  }
  return clauses;
}
