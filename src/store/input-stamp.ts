/**
 * An input file's stamp: its size and the times the file system keeps for
 * it, to the nanosecond. A store keeps the stamp of every file it has read
 * in full; a later ingest that finds the same stamp, under the same
 * extractor version, counts the file's reports unchanged without reading
 * it (as `make` and git's index do). Any write to the file changes its
 * modification or change time, and copying another file over it changes
 * the change time, so a stale stamp is read again and its reports told new
 * or unchanged by their content hash.
 */
import { statSync } from 'node:fs';

export interface InputStamp {
  readonly size: number;
  readonly mtime: string;
  readonly ctime: string;
}

/** A file as a store last read it: its stamp, the extractor version, and how many reports it held. */
export interface StampedInput extends InputStamp {
  readonly version: string;
  readonly entries: number;
}

/**
 * The stamp of the file at `path`, or null when it cannot be read (the read
 * that follows reports why). Synchronous: an ingest stamps thousands of
 * files, and a promised stat costs several times the call itself.
 */
export function stampOf(path: string): InputStamp | null {
  const info = statSync(path, { bigint: true, throwIfNoEntry: false });
  return info?.isFile() ? { size: Number(info.size), mtime: String(info.mtimeNs), ctime: String(info.ctimeNs) } : null;
}

export function sameStamp(known: StampedInput | undefined, now: InputStamp, version: string): known is StampedInput {
  return known !== undefined && known.version === version && known.size === now.size && known.mtime === now.mtime && known.ctime === now.ctime;
}
