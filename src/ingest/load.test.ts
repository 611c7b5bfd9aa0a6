import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from './load.js';

describe('readInput from a file', () => {
  let dir: string;
  const ref = (name: string) => ({ input: name, path: path.join(dir, name) });
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tally-read-'));
    await writeFile(path.join(dir, 'report.txt'), 'Seoul said 11,000 troops were sent.');
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads a file whole, up to the limit', async () => {
    const read = await readInput(ref('report.txt'), 35);
    expect(read.ok && Buffer.from(read.bytes).toString()).toBe('Seoul said 11,000 troops were sent.');
  });

  it('refuses a file over the limit, a folder, a named pipe (without waiting for a writer) and a file that is not there, each with its reason', async () => {
    expect(await readInput(ref('report.txt'), 34)).toEqual({ ok: false, rule: 'ingest/too-large', reason: '35 bytes, above the 34 bytes limit (raise it with --max-size)' });
    expect(await readInput({ input: 'dir', path: dir }, 100)).toEqual({ ok: false, rule: 'ingest/unreadable', reason: 'not a regular file' });
    expect(await readInput(ref('pipe'), 100)).toEqual({ ok: false, rule: 'ingest/unreadable', reason: 'not a regular file' });
    expect(await readInput(ref('gone.txt'), 100)).toEqual({ ok: false, rule: 'ingest/missing', reason: 'the file vanished before it could be read' });
  });
});
