/**
 * The unit of a count: `person` when it counts people (troops, civilians,
 * protesters…), otherwise the singular of its head noun ("shell", "container").
 */
import type { FigureRefiner } from '../../extract/quantities/extractor.js';
import { PERSON_NOUNS } from '../../extract/quantities/lexicon/words.js';
import { wordTable } from '../../core/word-table.js';

export const unitFromCounted: FigureRefiner = {
  name: 'unit-from-counted',
  refine(figures) {
    for (const f of figures) {
      if (f.role !== 'claim' || f.unit !== null || !f.head) continue;
      f.unit = PERSON_NOUNS.has(f.head) ? 'person' : singular(f.head);
    }
    return figures;
  },
};

const IRREGULAR: Readonly<Record<string, string>> = wordTable({ people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', data: 'data', media: 'media', series: 'series', species: 'species', aircraft: 'aircraft', crises: 'crisis', analyses: 'analysis' });

export function singular(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w]!;
  if (/(?:calor|mov|cook|zomb|rook|talk|prair|sort)ies$/.test(w) || /^(?:pies|ties|lies|dies)$/.test(w)) return w.slice(0, -1);
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is|ics)$/.test(w)) return w;
  if (/(?:ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  if (/oes$/.test(w) && w.length > 4) return w.slice(0, -2);
  if (/s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}
