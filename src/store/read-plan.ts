/**
 * Which inputs of an ingest the store holds as they are, told by their
 * stamps before any input is read: the inputs left to read are known up
 * front, and their count decides whether extraction threads are worth
 * starting. Each stamp is taken here, before its file is read, so a file
 * written after this is read again by the next run.
 */
import type { InputRef } from '../ingest/inputs.js';
import { stampOf, type InputStamp } from '../ingest/input-stamp.js';
import { sameStamp, type StampedInput } from './input-stamp.js';
import { inLists } from './sql.js';
import type { Store } from './store.js';

export interface ReadPlan {
  /** per input: how many reports the store holds of it as it is, or -1 where it is to be read */
  readonly held: Int32Array;
  /** per input to read: its stamp as it is now (null for what is not a file: standard input); null for those held */
  readonly stamps: readonly (InputStamp | null)[];
  /** how many inputs are to be read */
  readonly toRead: number;
}

/** `keys`: the key the store knows each input's stamp by; `rehash`: read every input, whatever its stamp. */
export async function planReads(store: Pick<Store, 'stampsOf'>, refs: readonly InputRef[], keys: readonly string[], version: string, rehash: boolean): Promise<ReadPlan> {
  const held = new Int32Array(refs.length).fill(-1);
  const stamps: (InputStamp | null)[] = [];
  let toRead = 0;
  let at = 0;
  // one IN list of inputs at a time: as many lookups as the inputs given, whatever the store holds
  for (const part of inLists(keys)) {
    const known = rehash ? new Map<string, StampedInput>() : await store.stampsOf(part);
    for (const key of part) {
      const ref = refs[at]!;
      const stamp = ref.path ? (ref.stamp ?? stampOf(ref.path)) : null;
      const stamped = known.get(key);
      if (stamp && sameStamp(stamped, stamp, version)) {
        held[at] = stamped.entries;
        stamps.push(null);
      } else {
        stamps.push(stamp);
        toRead++;
      }
      at++;
    }
  }
  return { held, stamps, toRead };
}
