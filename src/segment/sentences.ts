/**
 * Sentence boundaries inside a block. A boundary follows . ! ? or … (and any
 * closing quotes or brackets) when the next word starts a sentence: not after a
 * title (Mr., Gen.), an initial (Vladimir V. Putin) or a month before a day
 * (Oct. 5); after abbreviations that can end a sentence (U.S., a.m.) only when
 * a typical sentence opener follows; never before a lower-case word (so
 * “…aggressors,” he said stays whole, and so does a quote's “?” he asked).
 */
import type { Span } from '../core/span.js';
import { matchesOf } from '../core/matches-of.js';
import { MAYBE_FINAL, SENTENCE_STARTERS, TITLES } from './abbreviations.js';
import { endWithout, isSpace, runStart } from '../core/text-scan.js';

/** Abbreviations written in lower case; other titles count only capitalised ("no." can end a sentence, "No. 5" cannot). */
const LOWER_CASE_ABBREVIATIONS = new Set(['vs', 'v', 'pp', 'approx', 'est', 'fig', 'figs', 'vol']);

const CANDIDATE = /(?<![.!?…])[.!?…]+["”’')\]»]*(?=\s+(\S))/g;

export function splitSentences(text: string, range: Span): Span[] {
  const block = text.slice(range.start, range.end);
  const out: Span[] = [];
  let start = 0;
  for (const m of matchesOf(CANDIDATE, block)) {
    const end = m.index + m[0].length;
    if (!isBoundary(block, m.index, m[0], end)) continue;
    pushTrimmed(block, range.start, start, end, out);
    start = end;
  }
  pushTrimmed(block, range.start, start, block.length, out);
  return out;
}

function isBoundary(block: string, at: number, mark: string, end: number): boolean {
  // the next word is all that is read after the mark: reading to the block's end for each mark would be quadratic
  const after = block.slice(end, end + 200).trimStart();
  const next = /^[“"‘'(«[]*(\S)/u.exec(after)?.[1] ?? '';
  if (/\p{Ll}/u.test(next)) return false;
  if (mark[0] !== '.') return true;
  if (mark.startsWith('...') || mark.startsWith('…')) return /\p{Lu}/u.test(next);
  const word = block.slice(runStart(block, isLetterOrDot, at), at);
  if (word === '') return true;
  const bare = word.toLowerCase();
  const nextWord = /^[“"‘'(«[]*([\p{L}’']+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  if (TITLES.has(bare) && (/^\p{Lu}/u.test(word) || LOWER_CASE_ABBREVIATIONS.has(bare))) return false;
  if (/^\p{Lu}$/u.test(word)) {
    // an initial inside a name ("Vladimir V. Putin"), unless a sentence opener follows
    const beforeEnd = endWithout(block, isSpace, at - 1);
    const name = block.slice(runStart(block, isLetterOrDot, beforeEnd), beforeEnd);
    return !/\p{Lu}/u.test(name) || SENTENCE_STARTERS.has(nextWord);
  }
  if (MAYBE_FINAL.has(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    if (/^\d/.test(next)) return false; // "Oct. 5", "No. 10"
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

function pushTrimmed(block: string, offset: number, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(block[s]!)) s++;
  while (e > s && /\s/.test(block[e - 1]!)) e--;
  if (e > s) out.push({ start: offset + s, end: offset + e });
}

function isLetterOrDot(ch: string): boolean {
  return ch === '.' || /^\p{L}$/u.test(ch);
}
