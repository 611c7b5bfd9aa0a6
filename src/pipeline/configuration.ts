/**
 * A configuration is the ordered lists of steps a document goes through, in the
 * manner of chrono-node's parsers and refiners: cleaning rules, then for each
 * extraction stage its extractors and refiners.
 */
import { defaultCleaners } from '../clean/index.js';
import type { CleanRule } from '../clean/rule.js';
import { defaultAttributionConfiguration, type AttributionConfiguration } from '../extract/attribution/index.js';
import { defaultFiguresConfiguration, type FiguresConfiguration } from '../extract/quantities/index.js';
import { defaultTimeConfiguration, type TimeConfiguration } from '../extract/time/index.js';

export interface Configuration {
  readonly cleaners: readonly CleanRule[];
  readonly figures: FiguresConfiguration;
  readonly attribution: AttributionConfiguration;
  readonly time: TimeConfiguration;
}

export function defaultConfiguration(): Configuration {
  return { cleaners: defaultCleaners, figures: defaultFiguresConfiguration(), attribution: defaultAttributionConfiguration(), time: defaultTimeConfiguration() };
}
