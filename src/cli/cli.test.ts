import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../ledger/schema.js';
import { cliNodeFlags } from '../test-support/cli-command.js';
import { runCli } from '../test-support/cli.js';

const root = new URL('../../', import.meta.url).pathname;
const sample = path.join(root, 'examples/kursk-2025');

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'tally-cli-'));
}

async function readLedger(dir: string): Promise<Ledger> {
  return JSON.parse(await readFile(path.join(dir, 'ledger.json'), 'utf8')) as Ledger;
}

describe('tally analyze', () => {
  it('writes the ledger and the digest for the sample corpus', async () => {
    const dir = await tempDir();
    const run = await runCli(['analyze', sample, '--out', 'out'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/\[1\/5\] .*000_50214374a0cbf42d\.txt/);
    expect(run.stderr).toMatch(/5 documents, 5 analysed, 0 failed → out\/ledger\.json, out\/digest\.md/);
    const ledger = await readLedger(path.join(dir, 'out'));
    expect(ledger.documents.map((d) => d.id)).toEqual(['000_50214374a0cbf42d', '001_c375639ba006c2fc', '002_f5a5df3b31408cd2', '003_eb20abce2ddfc136', '004_24d540ed9a0fd9f0']);
    const digest = await readFile(path.join(dir, 'out/digest.md'), 'utf8');
    expect(digest).toMatch(/^# Tally digest/);
    expect(digest).toContain('removed access notice');
  });

  it('reports each bad input on one line, analyses the rest, and exits 1', async () => {
    const dir = await tempDir();
    await cp(path.join(sample, '002_f5a5df3b31408cd2.txt'), path.join(dir, 'good.txt'));
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await writeFile(path.join(dir, 'nobody.html'), '<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>');
    await writeFile(path.join(dir, 'latin1.txt'), Buffer.from('Seoul said about 600 soldiers were killed \x96 \x93a rare admission\x94.', 'latin1'));
    await writeFile(path.join(dir, 'huge.txt'), '');
    await truncate(path.join(dir, 'huge.txt'), 50 * 1024 * 1024);
    const run = await runCli(['analyze', dir, 'missing.txt', '--out', 'out', '--quiet'], dir);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    const lineFor = (name: string) => lines.filter((l) => l.includes(name));
    expect(lineFor('empty.txt')).toEqual([expect.stringMatching(/error: empty file/)]);
    expect(lineFor('binary.txt')).toEqual([expect.stringMatching(/error: not a text file: a PNG image/)]);
    expect(lineFor('nobody.html')).toEqual([expect.stringMatching(/error: no article text found/)]);
    expect(lineFor('missing.txt')).toEqual([expect.stringMatching(/error: no such file or folder/)]);
    expect(lineFor('huge.txt')).toEqual([expect.stringMatching(/error: 50\.0 MB, above the 32\.0 MB limit/)]);
    expect(lineFor('latin1.txt')).toEqual([expect.stringMatching(/warning: not valid UTF-8: decoded as windows-1252/)]);
    expect(lineFor('good.txt')).toEqual([]);
    const ledger = await readLedger(path.join(dir, 'out'));
    const status = Object.fromEntries(ledger.documents.map((d) => [d.source, d.status]));
    expect(status).toEqual({ 'missing.txt': 'failed', 'binary.txt': 'failed', 'empty.txt': 'failed', 'good.txt': 'ok', 'huge.txt': 'failed', 'latin1.txt': 'ok', 'nobody.html': 'failed' });
    const latin1 = ledger.documents.find((d) => d.source === 'latin1.txt')!;
    expect(latin1.encoding).toBe('windows-1252');
  });

  it('reads standard input', async () => {
    const dir = await tempDir();
    const run = await runCli(['analyze', '-', '--out', 'out', '--format', 'json'], dir, 'Published April 27, 2025\nSeoul said 600 soldiers had died.');
    expect(run.code).toBe(0);
    const ledger = await readLedger(path.join(dir, 'out'));
    expect(ledger.documents[0]).toMatchObject({ id: 'stdin', source: '-', published: { value: '2025-04-27', basis: 'text' } });
  });

  it('takes metadata from a manifest beside the documents', async () => {
    const dir = await tempDir();
    await cp(path.join(sample, '001_c375639ba006c2fc.txt'), path.join(dir, '001.txt'));
    await writeFile(path.join(dir, 'sources.csv'), 'file,url,outlet,published\n001.txt,https://example.com/a,The Example,2025-10-23\n');
    const run = await runCli(['analyze', dir, '--out', 'out', '--quiet'], dir);
    expect(run.code).toBe(0);
    const [doc] = (await readLedger(path.join(dir, 'out'))).documents;
    expect(doc).toMatchObject({ outlet: 'The Example', url: 'https://example.com/a', published: { value: '2025-10-23', basis: 'manifest' } });
    expect(doc!.provenance.outlet).toEqual({ basis: 'manifest' });
  });

  it.each([
    [['analyze'], /needs at least one input/],
    [['analyze', 'x', '--format', 'pdf'], /unknown format pdf/],
    [['analyze', 'x', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['analyse', 'x'], /unknown command "analyse"/],
    // names an object answers from its prototype are no commands
    [['constructor'], /unknown command "constructor"/],
    [['__proto__'], /unknown command "__proto__"/],
    [['analyze', 'x', '--max-size', 'lots'], /not a size: lots/],
  ])('exits 2 on a usage error: %s', async (args, message) => {
    const run = await runCli(args, root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('prints help and version', async () => {
    expect((await runCli(['--help'], root)).stdout).toMatch(/Usage: tally <command>/);
    expect((await runCli(['analyze', '--help'], root)).stdout).toMatch(/--manifest FILE/);
    expect((await runCli(['--version'], root)).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await runCli(['help', 'toString'], root)).stdout).toMatch(/Usage: tally <command>/);
  });
});

describe('tally text', () => {
  it('prints the clean article text of each input, without the access notice the cleaner removes', async () => {
    const run = await runCli(['text', path.join(sample, '000_50214374a0cbf42d.txt')], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^== .*000_50214374a0cbf42d\.txt\n/);
    expect(run.stdout).toContain('North Korea has sent 14,000 troops');
    expect(run.stdout).not.toContain('You have a preview view of this article');
  });

  it('with --json, one object per line with the metadata the page gives', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'page.html'),
      '<html lang="en"><head><title>Seoul says 600 killed | Example News</title><meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-04-28T09:00:00+09:00"></head><body><nav>Home | World</nav><article><h1>Seoul says 600 killed</h1><p>About 600 North Korean soldiers have been killed, Seoul said on Monday.</p></article></body></html>',
    );
    await writeFile(path.join(dir, 'empty.txt'), '');
    const run = await runCli(['text', dir, '--json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/empty\.txt: empty file/);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string | null>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ title: 'Seoul says 600 killed', outlet: 'Example News', language: 'en', published: '2025-04-28T09:00:00+09:00' });
    expect(lines[0]!['text']).toContain('About 600 North Korean soldiers have been killed');
    expect(lines[0]!['text']).not.toContain('Home | World');
  });
});

describe('tally as a process', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  it('exits with the status of the batch and prints plain progress lines when not on a terminal, under the node flags its bin gives', async () => {
    const run = promisify(execFile);
    const bin = path.join(root, 'src/cli/bin.ts');
    const flags = cliNodeFlags();
    expect(flags.every((f) => f.startsWith('--'))).toBe(true);
    const ok = await run(process.execPath, [...flags, '--import', 'tsx', bin, 'analyze', sample, '--out', path.join(dir, 'out')], { cwd: root });
    expect(ok.stderr).toMatch(/^tally: \[1\/5\]/m);
    const failed = await run(process.execPath, ['--import', 'tsx', bin, 'analyze', 'no-such-file.txt', '--out', path.join(dir, 'out2')], { cwd: root }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
  });
});
