/**
 * An input file as a store last read it: its stamp (`src/ingest/input-stamp.ts`),
 * the extractor version, and how many reports it held. A later ingest that
 * finds the same stamp under the same version counts the file's reports
 * unchanged without reading it; a stale stamp is read again and its reports
 * told new or unchanged by their content hash.
 */
import type { InputStamp } from '../ingest/input-stamp.js';

export interface StampedInput extends InputStamp {
  readonly version: string;
  readonly entries: number;
}

export function sameStamp(known: StampedInput | undefined, now: InputStamp, version: string): known is StampedInput {
  return known !== undefined && known.version === version && known.size === now.size && known.mtime === now.mtime && known.ctime === now.ctime;
}
