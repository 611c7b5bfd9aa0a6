/**
 * What a claim counts, reduced to a class that other reports' wording can
 * meet: the head noun of the counted phrase ("containers of weapons" →
 * container), singular, with the usual synonyms of news on wars and disasters
 * folded together ("troops", "soldiers", "forces", "personnel" → troop).
 * Null when the counted thing is only what the measure already says
 * ("casualties" for casualties, "deaths" for killed), which fits any group of
 * its measure.
 */
import { wordTable } from '../core/word-table.js';
const SYNONYMS: Readonly<Record<string, string>> = wordTable({
  soldier: 'troop', force: 'troop', personnel: 'troop', combatant: 'troop', serviceman: 'troop', servicemen: 'troop', servicemember: 'troop', fighter: 'troop', man: 'troop', men: 'troop', recruit: 'troop', contingent: 'troop', unit: 'troop',
  round: 'shell', 'artillery shell': 'shell', munition: 'shell', ammunition: 'shell',
  rocket: 'missile',
  person: 'people', individual: 'people', resident: 'people', citizen: 'people',
  dollar: 'money', fund: 'money',
});

/** Nouns that only restate the measure: they count whatever the measure counts. */
const MEASURE_NOUNS = new Set(['casualty', 'death', 'dead', 'killed', 'wounded', 'injured', 'injury', 'loss', 'losses', 'victim', 'toll', 'figure', 'number', 'total']);

export function countedClass(counted: string | null, measure: string): string | null {
  if (!counted) return null;
  const words = counted.toLowerCase().replace(/[’']s\b/g, '').split(/(?<!\s)\s+of\s+/)[0]!.match(/\p{L}[\p{L}-]*/gu) ?? [];
  const head = words.length > 0 ? singular(words[words.length - 1]!) : null;
  if (!head || MEASURE_NOUNS.has(head) || head === measure) return null;
  return SYNONYMS[head] ?? head;
}

function singular(w: string): string {
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ch|sh|x)es$/.test(w)) return w.slice(0, -2);
  return w.replace(/s$/, '');
}
