/**
 * An input file's stamp: its size and the times the file system keeps for
 * it, to the nanosecond. A store keeps the stamp of every file it has read
 * in full (`src/store/input-stamp.ts`); a later ingest that finds the same
 * stamp counts the file unchanged without reading it, as `make` and git's
 * index do. Any write to the file changes its modification or change time,
 * and copying another file over it changes the change time.
 */
import { statSync, type BigIntStats } from 'node:fs';

export interface InputStamp {
  readonly size: number;
  readonly mtime: string;
  readonly ctime: string;
}

/**
 * The stamp of the file at `path`, or null when it cannot be read (the read
 * that follows reports why). Synchronous: an ingest stamps thousands of
 * files, and a promised stat costs several times the call itself.
 */
export function stampOf(path: string): InputStamp | null {
  const info = statSync(path, { bigint: true, throwIfNoEntry: false });
  return info?.isFile() ? stampOfStats(info) : null;
}

export function stampOfStats(info: BigIntStats): InputStamp {
  return { size: Number(info.size), mtime: String(info.mtimeNs), ctime: String(info.ctimeNs) };
}
