/**
 * What the user named on the command line → the list of inputs to read:
 * files, folders (recursively), globs, and `-` for standard input. A feed or
 * a web archive is one input here; `entries.ts` opens it. Missing
 * paths are reported, not thrown, so one typo never stops a batch.
 */
import { statSync, type BigIntStats } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { stampOfStats, type InputStamp } from './input-stamp.js';
import { pushAll } from '../core/push-all.js';

export interface InputRef {
  /** the path as it will be shown and recorded (relative to the working directory when inside it) */
  readonly input: string;
  /** absolute path; absent for standard input */
  readonly path?: string;
  /** the folder the user named that this file was found in, if any */
  readonly root?: string;
  /** the file's size and times when it was listed, for a file named one by one (a store's ingest compares them, sparing a second stat) */
  readonly stamp?: InputStamp;
}

export interface InputProblem {
  readonly input: string;
  readonly rule: string;
  readonly reason: string;
}

/** Extensions read when walking a folder (a file named explicitly is always read): documents, feeds and web archives. */
export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.rss', '.atom', '.warc']);

function isDocumentName(name: string): boolean {
  return (DOCUMENT_EXTENSIONS.has(path.extname(name).toLowerCase()) || /\.warc\.gz$/i.test(name)) && !NOT_DOCUMENTS.test(name);
}

/** Files in a corpus folder that describe it rather than belong to it. */
const NOT_DOCUMENTS = /^(readme|license|licence|changelog|notice)(\.|$)|^sources\.(csv|json)$/i;

export async function expandInputs(args: readonly string[], cwd = process.cwd()): Promise<{ refs: InputRef[]; problems: InputProblem[] }> {
  const refs: InputRef[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (ref: InputRef): void => {
    const key = ref.path ?? '-';
    if (seen.has(key)) return;
    seen.add(key);
    refs.push(ref);
  };
  for (const arg of args) {
    if (arg === '-') {
      add({ input: '-' });
      continue;
    }
    const abs = path.resolve(cwd, arg);
    // synchronous: a list of thousands of files costs a promised stat's round trip for each
    const info = statOrError(abs);
    if (info instanceof Error) {
      if (info.code === 'ENOENT' && isDynamicPattern(arg)) {
        const matches = (await glob(arg, { cwd, absolute: true, onlyFiles: true, dot: false })).sort();
        if (matches.length === 0) problems.push({ input: arg, rule: 'ingest/missing', reason: 'no files match this pattern' });
        for (const m of matches) add({ input: display(m, cwd), path: m });
        continue;
      }
      problems.push({ input: arg, rule: info.code === 'ENOENT' ? 'ingest/missing' : 'ingest/unreadable', reason: describeFsError(info) });
      continue;
    }
    if (info.isDirectory()) {
      const files = await walk(abs);
      if (files.length === 0) problems.push({ input: arg, rule: 'ingest/missing', reason: 'the folder holds no documents (.txt, .md, .html, .rss, .atom, .warc)' });
      for (const f of files) add({ input: display(f, cwd), path: f, root: abs });
    } else {
      add({ input: display(abs, cwd), path: abs, ...(info.isFile() ? { stamp: stampOfStats(info) } : {}) });
    }
  }
  return { refs, problems };
}

function statOrError(abs: string): BigIntStats | NodeJS.ErrnoException {
  try {
    return statSync(abs, { bigint: true });
  } catch (e) {
    return e as NodeJS.ErrnoException;
  }
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) pushAll(out, await walk(full));
    else if (e.isFile() && isDocumentName(e.name)) out.push(full);
  }
  return out;
}

function display(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}

export function describeFsError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return e.code ? `${e.code}: ${e.message}` : e.message;
  }
}
