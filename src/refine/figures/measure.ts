/**
 * What happened to what a figure counts, as a canonical id from the measure
 * vocabulary (src/extract/quantities/measures.json): money for currencies,
 * share for percentages; else the counted noun itself ("casualties",
 * "deaths"); else the verb of the figure's clause, looked for after what it
 * counts ("… soldiers died", "… troops have been killed or wounded") and then
 * before the figure ("sent 14,000 troops", "provided millions of shells");
 * else the measure of the figure it is listed with ("9 million shells, hundreds
 * of launchers"); else `deployed` for troops, `other` for the rest.
 */
import vocabulary from '../../extract/quantities/measures.json' with { type: 'json' };
import type { FigureContext, FigureRefiner } from '../../extract/quantities/extractor.js';
import type { Figure } from '../../extract/quantities/figure.js';
import { ADVERBS, AUXILIARIES, DETERMINERS, PERSON_NOUNS, PRONOUNS, looksLikeVerb } from '../../extract/quantities/lexicon/words.js';
import type { QToken } from '../../extract/quantities/tokens.js';
import { figureTokens, indexBy, isClauseBreak, tokenAt, unitOf } from './helpers.js';

interface MeasureDef {
  id: string;
  label: string;
  gdelt: string[];
  appliesTo?: string;
  cues: string[];
  nouns: string[];
}

export const MEASURES: readonly MeasureDef[] = (vocabulary as { measures: MeasureDef[] }).measures;

interface Cue {
  words: string[];
  measure: string;
  appliesTo: 'person' | 'thing' | 'any';
}

const CUES: readonly Cue[] = MEASURES.flatMap((m) => m.cues.map((c) => ({ words: c.split(/\s+/), measure: m.id, appliesTo: (m.appliesTo ?? 'any') as Cue['appliesTo'] }))).sort((a, b) => b.words.length - a.words.length);
const CUES_BY_FIRST = indexBy(CUES, (c) => c.words, 'first');
const CUES_BY_LAST = indexBy(CUES, (c) => c.words, 'last');
const NOUN_MEASURE: ReadonlyMap<string, string> = new Map(MEASURES.flatMap((m) => m.nouns.map((n) => [n, m.id] as [string, string])));
const MILITARY = new Set(['troops', 'troop', 'soldiers', 'soldier', 'forces', 'fighters', 'personnel', 'servicemen', 'combatants', 'mercenaries', 'conscripts', 'recruits', 'marines', 'commandos', 'paratroopers', 'reservists', 'sailors', 'infantrymen', 'contingent']);
const AFTER_WINDOW = 8;
const BEFORE_WINDOW = 10;

export const measure: FigureRefiner = {
  name: 'measure',
  refine(figures, ctx) {
    // the whole in "4,000 of the original 11,000 soldiers were killed": the verb is the part's, not the whole's
    const wholes = new Set(figures.flatMap((f) => (f.partOf && f.partOf.range.start > f.range.start ? [f.partOf] : [])));
    figures.forEach((f, i) => {
      if (f.role !== 'claim') return;
      const found = wholes.has(f) ? null : (measureOf(f, ctx) ?? listedWith(figures, i, ctx));
      f.measure = found ?? (f.head && MILITARY.has(f.head) ? 'deployed' : 'other');
    });
    return figures;
  },
};

function measureOf(f: Figure, ctx: FigureContext): string | null {
  const kind = unitOf(f)?.kind;
  if (kind === 'currency') return 'money';
  if (kind === 'percent') return 'share';
  const person = f.unit === 'person' || (f.head !== null && PERSON_NOUNS.has(f.head));
  const { tokens, first, after } = figureTokens(f, ctx);
  const ownCounted = f.counted && !f.countedFrom && f.counted.start >= f.range.end;
  const from = ownCounted ? tokenAt(tokens, f.counted!.end) : after;
  // what happened to them (a verb) first: "arrested 120 protesters" are captured; then what they are ("100 casualties")
  return cueAfter(tokens, from, person) ?? cueBefore(tokens, first, person) ?? (f.head ? (NOUN_MEASURE.get(f.head) ?? null) : null);
}

/** The first cue in the predicate after the figure: through auxiliaries, adverbs and a relative clause's subject. */
function cueAfter(tokens: readonly QToken[], from: number, person: boolean): string | null {
  for (let i = from, n = 0; i < tokens.length && n < AFTER_WINDOW; i++, n++) {
    const t = tokens[i]!;
    if (isClauseBreak(t) || t.kind === 'digits') return null;
    const cue = cueAt(tokens, i, person);
    if (cue) return cue;
    const lower = t.lower;
    if (AUXILIARIES.has(lower) || ADVERBS.has(lower) || lower.endsWith('ly') || DETERMINERS.has(lower) || PRONOUNS.has(lower)) continue;
    if (looksLikeVerb(lower) || lower === 'to' || lower === 'according') return null;
    if (n > 3) return null;
  }
  return null;
}

/** The nearest cue before the figure in its clause. */
function cueBefore(tokens: readonly QToken[], first: number, person: boolean): string | null {
  for (let i = first - 1, n = 0; i >= 0 && n < BEFORE_WINDOW; i--, n++) {
    const t = tokens[i]!;
    if (isClauseBreak(t) && t.text !== ',') return null;
    if (t.kind === 'digits') return null;
    for (const cue of CUES_BY_LAST.get(t.lower) ?? []) {
      const start = i - cue.words.length + 1;
      if (start < 0 || !matches(tokens, start, cue.words) || !applies(cue, person)) continue;
      return cue.measure;
    }
    if (t.text === ',') return null;
  }
  return null;
}

function cueAt(tokens: readonly QToken[], i: number, person: boolean): string | null {
  for (const cue of CUES_BY_FIRST.get(tokens[i]!.lower) ?? []) if (matches(tokens, i, cue.words) && applies(cue, person)) return cue.measure;
  return null;
}

function matches(tokens: readonly QToken[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

function applies(cue: Cue, person: boolean): boolean {
  return cue.appliesTo === 'any' || (cue.appliesTo === 'person') === person;
}

/** "9 million shells, hundreds of launchers": a figure listed right after another shares its measure. */
function listedWith(figures: readonly Figure[], i: number, ctx: FigureContext): string | null {
  const f = figures[i]!;
  const prev = figures[i - 1];
  if (!prev || prev.sentence !== f.sentence || prev.role !== 'claim' || prev.measure === 'other') return null;
  const { tokens } = figureTokens(f, ctx);
  const gap = tokens.slice(tokenAt(tokens, prev.range.end), tokenAt(tokens, f.range.start));
  const joined = gap.filter((t) => t.text === ',' || t.lower === 'and').length;
  return joined > 0 && gap.length <= 6 && !gap.some((t) => looksLikeVerb(t.lower)) ? prev.measure : null;
}
