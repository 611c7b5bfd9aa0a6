/**
 * A configuration is the ordered lists of steps a document goes through, in the
 * manner of chrono-node's parsers and refiners. Later stages (extractors,
 * refiners) add their lists here.
 */
import { defaultCleaners } from '../clean/index.js';
import type { CleanRule } from '../clean/rule.js';

export interface Configuration {
  readonly cleaners: readonly CleanRule[];
}

export function defaultConfiguration(): Configuration {
  return { cleaners: defaultCleaners };
}
