/**
 * One input's bytes → one document: read the bytes (refusing what is too
 * large), decode, recognise the kind (text, markdown, HTML), turn HTML and
 * markdown into text with an offset map into the raw bytes, and apply what a
 * container (feed, archive) and the manifest say. Every failure becomes a
 * failed document with the reason; nothing here throws for bad input.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync } from 'node:fs';
import { createDoc, failedDoc, type Doc, type InputKind } from '../core/doc.js';
import { formatDateTime, parseDateTime } from '../core/datetime.js';
import { message, type Message } from '../core/message.js';
import { applyContainer, type ContainerMeta } from './containers/container.js';
import { decode } from './decode.js';
import { extractBody } from './html/body.js';
import { parseHtml } from './html/dom.js';
import { limitDepth, MAX_DEPTH } from './html/limit-depth.js';
import { readHtmlMeta } from './html/metadata.js';
import { describeFsError, type InputRef } from './inputs.js';
import type { ManifestEntry } from './manifest.js';
import { markdownToText } from './markdown.js';

/** Inputs (and archived pages) larger than this are refused, unless --max-size says otherwise. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** A document from an input's bytes (a file's, a feed item's, an archived page's, a queued job's): decoded, its kind recognised, its article text found. */
export function documentFromBytes(bytes: Uint8Array, names: { id: string; input: string; ext: string }, manifest?: ManifestEntry, container?: ContainerMeta): Doc {
  try {
    return readDocument(bytes, names, manifest, container);
  } catch (e) {
    // a bug in reading one input must not take the batch down: the document says what went wrong
    return failedDoc(names.id, names.input, 'internal/error', `internal error while reading: ${(e as Error).stack ?? String(e)}`);
  }
}

function readDocument(bytes: Uint8Array, { id, input, ext }: { id: string; input: string; ext: string }, manifest?: ManifestEntry, container?: ContainerMeta): Doc {
  const ref = { input };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const looksHtml = isHtmlExtension(ext) || sniffHtml(bytes);
  // the charset a container gives (HTTP's Content-Type) wins over the page's own, as in a browser
  const decoded = decode(bytes, container?.charset ?? (looksHtml ? declaredCharset(bytes) : undefined));
  if (!decoded.ok) return failedDoc(id, ref.input, decoded.rule, decoded.reason, { sha256 });
  const notes: Message[] = [...decoded.notes];
  if (decoded.text.trim() === '') {
    return failedDoc(id, ref.input, 'ingest/empty', bytes.length === 0 ? 'empty file: nothing to analyse' : 'the file holds only whitespace', { sha256 });
  }
  const kind: InputKind = looksHtml ? 'html' : ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
  if (kind === 'html' && !isHtmlExtension(ext)) notes.push(message('ingest/kind', 'info', 'the text is HTML; read as a web page'));
  const base = { id, input: ref.input, kind, sha256, encoding: decoded.encoding, source: decoded.text };

  let doc: Doc;
  if (kind === 'html') {
    const tree = parseHtml(decoded.text);
    const lifted = limitDepth(tree);
    if (lifted > 0) notes.push(message('ingest/html-depth', 'warning', `the page nests deeper than ${MAX_DEPTH} levels: ${lifted} elements below that were read as if flat`));
    const { meta, notes: metaNotes } = readHtmlMeta(tree, decoded.text);
    const body = extractBody(tree, decoded.text);
    notes.push(...metaNotes.map((n) => message('ingest/html-meta', 'warning', n)));
    notes.push(...body.removed.map((r) => message(r.rule, 'info', r.reason, r.span)));
    doc = createDoc({ ...base, text: body.text, map: body.map, meta, messages: notes, hints: body.title ? { headings: body.headings, title: body.title } : { headings: body.headings } });
  } else if (kind === 'markdown') {
    const md = markdownToText(decoded.text);
    notes.push(...md.removed.map((r) => message('ingest/markdown', 'info', r.reason, r.span)));
    doc = createDoc({ ...base, text: md.text, map: md.map, messages: notes, hints: { headings: md.headings } });
  } else {
    doc = createDoc({ ...base, messages: notes });
  }
  if (container) applyContainer(doc, container);
  if (manifest) applyManifest(doc, manifest);
  return doc;
}

/** What the user wrote in the manifest replaces anything read or guessed. */
export function applyManifest(doc: Doc, entry: ManifestEntry): void {
  const set = (key: 'title' | 'outlet' | 'url' | 'language', value: string | undefined): void => {
    if (value !== undefined) doc.meta[key] = { value, basis: 'manifest' };
  };
  set('title', entry.title);
  set('outlet', entry.outlet);
  set('url', entry.url);
  set('language', entry.language);
  for (const key of ['published', 'updated'] as const) {
    const value = entry[key];
    if (value === undefined) continue;
    const dt = parseDateTime(value);
    doc.meta[key] = dt ? { value: formatDateTime(dt), basis: 'manifest', ...(dt.zone ? { zone: dt.zone } : {}) } : { value, basis: 'manifest' };
  }
}


export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; rule: string; reason: string };

/** An input's bytes (a file, or standard input for `-`), refusing more than `maxBytes`; a problem is a result, not an exception. */
export function readInput(ref: InputRef, maxBytes: number, stdin?: NodeJS.ReadableStream): Promise<ReadResult> {
  return ref.path ? readFileLimited(ref.path, maxBytes) : readStreamLimited(stdin ?? process.stdin, maxBytes);
}

// Synchronous: a report is a few kilobytes, and each promised call (stat, open, fstat, read, close) costs the
// thread that hands reports to the extraction threads a round trip to libuv's pool, about 150 µs a file in all.
async function readFileLimited(file: string, maxBytes: number): Promise<ReadResult> {
  try {
    // stat before open: opening a FIFO would wait for a writer
    const info = statSync(file);
    if (!info.isFile()) return { ok: false, rule: 'ingest/unreadable', reason: 'not a regular file' };
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
    const fd = openSync(file, 'r');
    try {
      const bytes = readFileSync(fd);
      return bytes.length > maxBytes ? tooLarge(bytes.length, maxBytes) : { ok: true, bytes };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, rule: err.code === 'ENOENT' ? 'ingest/missing' : 'ingest/unreadable', reason: err.code === 'ENOENT' ? 'the file vanished before it could be read' : describeFsError(err) };
  }
}

async function readStreamLimited(stream: NodeJS.ReadableStream, maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > maxBytes) return tooLarge(size, maxBytes, true);
      chunks.push(buf);
    }
  } catch (e) {
    return { ok: false, rule: 'ingest/unreadable', reason: `standard input: ${(e as Error).message}` };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

function tooLarge(size: number, maxBytes: number, atLeast = false): ReadResult {
  return {
    ok: false,
    rule: 'ingest/too-large',
    reason: `${atLeast ? 'more than ' : ''}${formatBytes(size)}, above the ${formatBytes(maxBytes)} limit (raise it with --max-size)`,
  };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function isHtmlExtension(ext: string): boolean {
  return ext === '.html' || ext === '.htm' || ext === '.xhtml';
}

/** Text that starts like a web page, whatever its name. */
function sniffHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<?xml') && head.includes('<html'));
}

/** The charset a page declares in its first kilobytes (`<meta charset>` or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return metaCharset(head);
}

/** The charset of the first `<meta>` tag that names one, read tag by tag (no pattern that could backtrack across the page). */
function metaCharset(head: string): string | undefined {
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<meta'); at >= 0; at = lower.indexOf('<meta', at + 5)) {
    const end = lower.indexOf('>', at);
    if (end < 0) return undefined;
    const charset = /charset\s*=\s*(?:["']\s*)?([\w-]+)/i.exec(head.slice(at, end))?.[1];
    if (charset) return charset;
  }
  return undefined;
}
