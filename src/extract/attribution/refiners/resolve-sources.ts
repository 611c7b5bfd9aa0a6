/**
 * Who each source is. A name inside the source phrase is the source
 * ("Ukraine’s General Oleksandr Syrskyi" → Oleksandr Syrskyi); a pronoun is
 * the nearest person (he, she, I) or body (they, we) mentioned before it; a
 * relative pronoun is the name just before it; "the agency" is the nearest
 * organisation before it; any other phrase is a group named by its own words
 * ("South Korean officials").
 */
import type { Span } from '../../../core/span.js';
import { ORGANIZATION_WORDS, PERSON_PRONOUNS, PLURAL_PRONOUNS } from '../../entities/lexicon.js';
import { entityKey, type EntityMention } from '../../entities/mention.js';
import type { Attribution, AttributionContext, AttributionRefiner } from '../attribution.js';
import { endWithout, isSpace, lastWord } from '../../../core/text-scan.js';

const LEADING_DETERMINER = /^(?:the|a|an|this|these|those)\s+/i;

export const resolveSources: AttributionRefiner = {
  name: 'resolve-sources',
  refine(attributions, ctx) {
    const resolved: Attribution[] = [];
    for (const a of [...attributions].sort((x, y) => (x.source?.start ?? x.cue.start) - (y.source?.start ?? y.cue.start))) {
      if (a.source) {
        const who = a.resolved ?? resolve(a.source, ctx, resolved);
        if (who) a.resolved = who;
        // "Marc H. Morial, who …, told": the source is the name the relative pronoun stands for
        if (who && isRelative(ctx.text.slice(a.source.start, a.source.end))) a.source = who.range;
      }
      resolved.push(a);
    }
    return attributions;
  },
};

function resolve(source: Span, ctx: AttributionContext, earlier: readonly Attribution[]): EntityMention | undefined {
  const text = ctx.text.slice(source.start, source.end);
  const word = text.toLowerCase();
  if (PERSON_PRONOUNS.has(word)) return nearest(ctx, source.start, (m) => m.type === 'person');
  if (PLURAL_PRONOUNS.has(word)) return nearestSource(earlier, source.start, (m) => m.type === 'group' || m.type === 'organization') ?? nearest(ctx, source.start, (m) => m.type === 'organization');
  if (word === 'who' || word === 'which') return nearest(ctx, source.start, (m) => m.type !== 'place' && source.start - m.range.end < 4);
  const head = headOf(text);
  const named = ctx.entities.filter((m) => m.range.start >= source.start && m.range.end <= source.end && m.range.start <= source.start + head.end && m.range.end >= source.start + head.start);
  if (named.length > 0) return named.find((m) => m.type === 'person') ?? named[0];
  // a surname the name finder could not see (a headline in title case): the person or body whose name holds it
  if (/^\p{Lu}[\p{L}\-]+$/u.test(text)) {
    const key = text.toLowerCase();
    const holder = ctx.entities.find((m) => (m.type === 'person' || m.type === 'organization') && m.key.split(' ').includes(key));
    if (holder) return holder;
  }
  const definite = /^the\s+(\S+)$/i.exec(text);
  if (definite && ORGANIZATION_WORDS.has(definite[1]!.toLowerCase())) {
    const noun = definite[1]!.toLowerCase();
    const org = nearest(ctx, source.start, (m) => m.type === 'organization' && m.name.toLowerCase().includes(noun)) ?? nearest(ctx, source.start, (m) => m.type === 'organization');
    if (org) return org;
  }
  return group(ctx.text, source);
}

/** The head of a source phrase: its last word before an "of"/"from"/"in" or an apposition. */
function headOf(text: string): Span {
  const cut = /,|\s(?:of|from|in|at|for)\s/.exec(text);
  const before = cut ? text.slice(0, cut.index) : text;
  return lastWord(before) ?? { start: 0, end: text.length };
}

function nearest(ctx: AttributionContext, before: number, accept: (m: EntityMention) => boolean): EntityMention | undefined {
  let best: EntityMention | undefined;
  for (const m of ctx.entities) {
    if (m.range.end > before) break;
    if (accept(m)) best = m;
  }
  return best;
}

function nearestSource(earlier: readonly Attribution[], before: number, accept: (m: EntityMention) => boolean): EntityMention | undefined {
  let best: Attribution | undefined;
  for (const a of earlier) if (a.resolved && a.source && a.source.end <= before && accept(a.resolved) && (!best || a.source.start > best.source!.start)) best = a;
  return best?.resolved;
}

function group(text: string, source: Span): EntityMention {
  const phrase = text.slice(source.start, source.end);
  const raw = phrase.slice(0, endWithout(phrase, (ch) => ch === ',' || isSpace(ch)));
  const strip = LEADING_DETERMINER.exec(raw)?.[0].length ?? 0;
  const nameRange = { start: source.start + strip, end: source.start + raw.length };
  const name = text.slice(nameRange.start, nameRange.end);
  return { range: { start: source.start, end: source.start + raw.length }, nameRange, type: 'group', name, key: entityKey(name) };
}

function isRelative(word: string): boolean {
  const w = word.toLowerCase();
  return w === 'who' || w === 'which';
}
