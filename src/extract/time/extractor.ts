/**
 * The contract of the time stage's extractors and refiners (chrono-node's
 * parsers and refiners are the model): an extractor is a pattern and a
 * function from a match to a value; a refiner rewrites the list of mentions
 * of a document. A configuration is an ordered list of each.
 */
import type { Doc } from '../../core/doc.js';
import type { TimeMention, TimeValue } from './mention.js';

export interface Found {
  value: TimeValue;
  mod?: TimeMention['mod'];
  /** narrower bounds inside the match (offsets from the match start), when the pattern reads context it does not tag */
  start?: number;
  end?: number;
}

export interface TimeExtractor {
  readonly name: string;
  /** a global regular expression run over each sentence */
  readonly pattern: RegExp;
  /**
   * A global pattern for text every match of `pattern` contains (plain
   * alternatives, no lookaround, no anchors, no \b, no named groups: the
   * triggers are searched for together, as one pattern, `trigger-scan.ts`):
   * sentences that hold none of it are not searched. It must never be
   * stricter than the pattern.
   */
  readonly trigger?: RegExp;
  build(match: RegExpExecArray, sentence: string): Found | null;
}

export interface TimeRefiner {
  readonly name: string;
  refine(mentions: TimeMention[], doc: Doc): TimeMention[];
}

/** What every month name and abbreviation contains. */
export const MONTH_TRIGGER = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/gi;

/** "early" / "mid-" / "late" / "the end of" written before a period. */
export const MOD_PREFIX = String.raw`(?:(?<mod>early|mid|late|the\s+(?:end|beginning|start|middle|close|turn)\s+of)[\s-]+)?`;

export function modOf(written: string | undefined): TimeMention['mod'] | undefined {
  if (!written) return undefined;
  const w = written.toLowerCase();
  if (/^(?:early|the\s+(?:beginning|start)\s+of)$/.test(w)) return 'START';
  if (/^(?:mid|the\s+middle\s+of)$/.test(w)) return 'MID';
  return 'END';
}

/** A Found with `mod` only when there is one (exactOptionalPropertyTypes). */
export function found(value: TimeValue, mod?: TimeMention['mod']): Found {
  return mod ? { value, mod } : { value };
}
