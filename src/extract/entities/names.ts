/**
 * Proper names in a sentence: runs of capitalised words, with the lower-case
 * particles and abbreviation stops a name may hold, split into a title and the
 * name proper, and typed by the words they contain. Sentence-initial words
 * that are capitalised only because they start the sentence are left out
 * unless they are known names.
 */
import type { TokenView } from '../../segment/token-view.js';
import { DEMONYMS, NAME_ABBREVIATIONS, NAME_PARTICLES, ORGANIZATION_ACRONYMS, ORGANIZATION_WORDS, PLACES, TITLES } from './lexicon.js';
import { entityKey, type EntityMention, type EntityType } from './mention.js';

const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}\p{N}'’\-]*$/u;
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Capitalised at the start of a sentence without being names. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'after', 'before', 'since', 'during', 'despite', 'while', 'when', 'if', 'but', 'and', 'or', 'so', 'yet',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'my', 'there', 'here', 'then', 'now', 'also', 'still', 'however', 'meanwhile', 'although', 'though', 'because', 'according', 'following',
  'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'one', 'two', 'three', 'other', 'another', 'such', 'what', 'who', 'which', 'where', 'how', 'why', 'initial', 'military', 'officials', 'attending', 'speaking', 'training', 'related',
  'later', 'earlier', 'yesterday', 'today', 'last', 'next', 'thus', 'instead', 'already', 'again', 'until', 'under', 'over', 'about', 'through', 'between', 'among', 'against', 'without', 'within', 'asked', 'told', 'said', 'says',
]);

export function isCapitalised(word: string): boolean {
  // most words start with an ASCII lower-case letter, a digit or a mark: no need for the Unicode test
  const c = word.charCodeAt(0);
  if (c < 65 || (c >= 97 && c <= 122)) return false;
  return CAPITALISED.test(word);
}

export function findNames(view: TokenView): EntityMention[] {
  const out: EntityMention[] = [];
  const { words, lower, tokens, text } = view;
  let i = 0;
  while (i < words.length) {
    if (!startsName(view, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < words.length && isCapitalised(words[j]!) && tokens[j]!.kind === 'word' && !CALENDAR.has(lower[j]!) && adjacent(view, j - 1, j)) j++;
      else if (j + 1 < words.length && words[j] === '.' && (NAME_ABBREVIATIONS.has(lower[j - 1]!) || /^\p{Lu}$/u.test(words[j - 1]!)) && adjacent(view, j - 1, j) && isCapitalised(words[j + 1]!)) j++;
      else if (j + 1 < words.length && NAME_PARTICLES.has(lower[j]!) && isCapitalised(words[j + 1]!) && lower[j] !== 'and' && lower[j] !== 'for') j++;
      else break;
    }
    // a sentence-initial function word is not part of the name: "In Pyongyang" → "Pyongyang"
    let from = i;
    while (from < j && (FUNCTION_WORDS.has(lower[from]!) || (from === 0 && /ly$/.test(lower[from]!))) && lower[from] !== 'the') from++;
    if (from < j && lower[from] === 'the' && from === 0) from++;
    if (from < j) {
      const mention = makeMention(view, from, j);
      if (mention) out.push(mention);
    }
    i = j;
  }
  return out;
  function adjacent(v: TokenView, a: number, b: number): boolean {
    const end = v.tokens[a]!.range.end;
    const gap = v.tokens[b]!.range.start - end;
    return gap === 0 || (gap === 1 && (text[end] === ' ' || text[end] === '\u00a0'));
  }
}

function startsName(view: TokenView, i: number): boolean {
  const w = view.words[i]!;
  return view.tokens[i]!.kind === 'word' && isCapitalised(w) && !CALENDAR.has(view.lower[i]!) && !(w === 'I');
}

function makeMention(view: TokenView, from: number, to: number): EntityMention | null {
  const lower = view.lower.slice(from, to).filter((w) => w !== '.');
  if (lower.every((w) => DEMONYMS.has(w) || w === 'north' || w === 'south' || w === 'east' || w === 'west')) return null;
  let type: EntityType;
  let nameFrom = from;
  let title: string | undefined;
  const acronym = to - from === 1 && /^\p{Lu}{2,}$/u.test(view.words[from]!);
  if (lower.some((w) => ORGANIZATION_WORDS.has(w)) || view.words.slice(from, to).some((w) => ORGANIZATION_ACRONYMS.has(w)) || acronym || lower.includes('house')) type = 'organization';
  else if (lower.some((w) => PLACES.has(w))) type = 'place';
  else type = 'other';
  // a title makes the rest a person: "Russian President Vladimir Putin", "Chief of Staff Valery Gerasimov"
  let lastTitle = -1;
  for (let k = from; k < to; k++) if (TITLES.has(view.lower[k]!)) lastTitle = k;
  if (lastTitle >= 0) {
    let k = to;
    while (k > lastTitle + 1 && isNamePart(view, k - 1)) k--;
    if (k < to && !ORGANIZATION_WORDS.has(view.lower[k]!)) {
      nameFrom = k;
      if (view.words[nameFrom] === '.') nameFrom++;
      title = view.words[lastTitle]!;
      type = 'person';
    }
  } else if (type === 'other' && to - from >= 2 && lower.every((w) => !DEMONYMS.has(w))) type = 'person';
  const range = { start: view.tokens[from]!.range.start, end: view.tokens[to - 1]!.range.end };
  const nameRange = { start: view.tokens[nameFrom]!.range.start, end: range.end };
  const name = view.text.slice(nameRange.start, nameRange.end);
  return { range, nameRange, type, name, key: entityKey(name), ...(title !== undefined ? { title } : {}) };
}

function isNamePart(view: TokenView, k: number): boolean {
  const w = view.lower[k]!;
  if (view.words[k] === '.') return true;
  if (NAME_PARTICLES.has(w) && w !== 'of' && w !== 'and' && w !== 'for') return true;
  return isCapitalised(view.words[k]!) && !TITLES.has(w) && !ORGANIZATION_WORDS.has(w) && !PLACES.has(w) && !DEMONYMS.has(w);
}
