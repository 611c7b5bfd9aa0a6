/** The default cleaning rules, in the order they run. */
import type { CleanRule } from './rule.js';
import { accessNotice } from './rules/access-notice.js';
import { boilerplateLine } from './rules/boilerplate-line.js';
import { byline } from './rules/byline.js';
import { caption } from './rules/caption.js';
import { creditLine } from './rules/credit-line.js';
import { dateline } from './rules/dateline.js';
import { dehyphenate } from './rules/dehyphenate.js';
import { invisibleChars } from './rules/invisible-chars.js';
import { lineEndings } from './rules/line-endings.js';
import { relatedLink } from './rules/related-link.js';
import { trailingHeadlines } from './rules/trailing-headlines.js';
import { unwrapLines } from './rules/unwrap-lines.js';
import { whitespace } from './rules/whitespace.js';

export const defaultCleaners: readonly CleanRule[] = [
  lineEndings,
  invisibleChars,
  accessNotice,
  boilerplateLine,
  dateline,
  byline,
  relatedLink,
  trailingHeadlines,
  creditLine,
  caption,
  dehyphenate,
  unwrapLines,
  whitespace,
];

export { clean } from './clean.js';
export type { CleanRule } from './rule.js';
