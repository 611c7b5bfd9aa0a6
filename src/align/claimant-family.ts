/**
 * The family a claimant belongs to: the state or body it speaks for. "Seoul",
 * "South Korean lawmakers", "South Korea's spy agency" and "the NIS" are one
 * family (South Korea), so a later figure from any of them revises an earlier
 * one rather than contradicting it. Several states named together ("Officials
 * from South Korea, Ukraine and the United States") make a family of their
 * own; a person no state word places is a family alone; the outlet speaking
 * for itself has none.
 */
import { COUNTRIES } from './countries.js';

export interface Speaker {
  readonly text: string;
  readonly name: string | null;
}

/** Each state word's pattern, and the text it must contain (lower-cased unless an acronym), which is cheaper to look for first. */
const PATTERNS: readonly { country: string; re: RegExp; needle: string; acronym: boolean }[] = COUNTRIES.flatMap((c) =>
  c.words.map((w) => ({ country: c.name, re: wordPattern(w), acronym: isAcronym(w), needle: isAcronym(w) ? w : w.toLowerCase() })),
);

function isAcronym(word: string): boolean {
  return word !== word.toLowerCase();
}

function wordPattern(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}.])${escape(word)}(?:['’]s)?(?!\\p{L})`, isAcronym(word) ? 'u' : 'iu');
}

/** Claimants repeat across a story's reports ("Seoul", "Ukraine's military"): each phrase is read once. */
const KNOWN = new Map<string, string>();

export function familyOf(speaker: Speaker | null): string | null {
  if (!speaker) return null;
  const phrase = `${speaker.text}\u0000${speaker.name ?? ''}`;
  let family = KNOWN.get(phrase);
  if (family === undefined) {
    family = readFamily(speaker);
    if (KNOWN.size >= 10_000) KNOWN.clear();
    KNOWN.set(phrase, family);
  }
  return family;
}

function readFamily(speaker: Speaker): string {
  const phrase = `${speaker.text} ${speaker.name ?? ''}`;
  const countries = new Set<string>();
  const lower = phrase.toLowerCase();
  for (const p of PATTERNS) if ((p.acronym ? phrase : lower).includes(p.needle) && p.re.test(phrase)) countries.add(p.country);
  if (countries.size > 0) return [...countries].sort().join(' + ');
  // a person or body no state word places is a family of its own, by name
  return (speaker.name ?? speaker.text).replace(/^(?:the|a|an)\s+/i, '').trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
