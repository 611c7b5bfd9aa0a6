import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stampOf } from './input-stamp.js';
import { expandInputs } from './inputs.js';

describe('expandInputs', () => {
  it('walks folders, expands globs, keeps stdin, reports missing paths', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tally-inputs-'));
    await mkdir(path.join(dir, 'sub'));
    await mkdir(path.join(dir, '.hidden'));
    for (const f of ['b.txt', 'a.md', 'README.md', 'sources.csv', 'notes.pdf', 'sub/c.html', '.hidden/d.txt']) await writeFile(path.join(dir, f), 'x');
    const { refs, problems } = await expandInputs([dir, path.join(dir, '*.txt'), '-', path.join(dir, 'nope.txt')], dir);
    expect(refs.map((r) => r.input)).toEqual(['a.md', 'b.txt', 'sub/c.html', '-']);
    expect(problems).toEqual([{ input: path.join(dir, 'nope.txt'), rule: 'ingest/missing', reason: 'no such file or folder' }]);
  });

  it('reads a file named explicitly whatever its extension', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tally-inputs-'));
    await writeFile(path.join(dir, 'notes.pdf'), 'x');
    const { refs } = await expandInputs(['notes.pdf'], dir);
    expect(refs.map((r) => r.input)).toEqual(['notes.pdf']);
  });

  it('stamps a file named one by one as it lists it, so an ingest need not stat it again', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tally-inputs-'));
    await mkdir(path.join(dir, 'sub'));
    await writeFile(path.join(dir, 'a.txt'), 'four');
    await writeFile(path.join(dir, 'sub', 'b.txt'), 'x');
    const { refs } = await expandInputs(['a.txt', 'sub'], dir);
    expect(refs[0]!.stamp).toEqual(stampOf(path.join(dir, 'a.txt')));
    expect(refs[0]!.stamp!.size).toBe(4);
    // a folder's files are stamped when read
    expect(refs[1]!.stamp).toBeUndefined();
  });
});
