/** A test's own copy of a folder, to change files in, removed afterwards whatever the test does. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function withCopyOf<T>(folder: string, use: (copy: string) => Promise<T>): Promise<T> {
  const copy = await mkdtemp(path.join(tmpdir(), 'tally-copy-'));
  try {
    await cp(folder, copy, { recursive: true });
    return await use(copy);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}
