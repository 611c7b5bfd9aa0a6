/**
 * One input → the documents it holds, read and ready to decode. A plain file
 * (text, markdown, a saved page) is one; a feed is one per item; a web archive
 * one per archived page. Every caller that reads inputs (analyze, ingest, the
 * queue) goes through here, so each of them takes every kind of input.
 */
import path from 'node:path';
import type { EntryResult } from './containers/container.js';
import { FEED_EXTENSIONS, feedEntries, looksLikeFeed } from './containers/feed.js';
import { isWarcFile, warcEntries } from './containers/warc.js';
import type { InputRef } from './inputs.js';
import { readInput } from './load.js';

export type { ContainerMeta, EntryResult, InputEntry } from './containers/container.js';

export async function* readEntries(ref: InputRef, maxBytes: number, stdin?: NodeJS.ReadableStream): AsyncGenerator<EntryResult> {
  if (ref.path && isWarcFile(ref.path)) {
    yield* warcEntries(ref.input, ref.path, maxBytes);
    return;
  }
  const read = await readInput(ref, maxBytes, stdin);
  if (!read.ok) {
    yield { ok: false, input: ref.input, rule: read.rule, reason: read.reason };
    return;
  }
  const ext = ref.path ? path.extname(ref.path).toLowerCase() : '';
  if ((FEED_EXTENSIONS.has(ext) || ext === '' || ext === '.txt') && looksLikeFeed(read.bytes)) {
    yield* feedEntries(ref.input, read.bytes);
    return;
  }
  yield { ok: true, entry: { input: ref.input, ext, bytes: read.bytes } };
}
