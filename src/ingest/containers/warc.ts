/**
 * Web archives (`.warc`, `.warc.gz`: Common Crawl's news crawl, wget
 * --warc-file, Browsertrix, ArchiveWeb.page) → one entry per archived HTML
 * page, read as a stream with warcio so a large archive never sits in memory.
 * An entry's bytes are the HTTP payload with its transfer and content
 * encodings undone: what a browser would have parsed, and what its spans point
 * into. Requests, metadata, revisits, redirects and non-HTML responses are
 * skipped; a damaged archive yields the pages read before the damage and one
 * problem saying where it stopped.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { WARCParser, type WARCRecord } from 'warcio';
import { formatBytes } from '../load.js';
import type { EntryResult } from './container.js';

export function isWarcFile(name: string): boolean {
  return /\.warc(?:\.gz)?$/i.test(name);
}

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

export async function* warcEntries(input: string, file: string, maxBytes: number): AsyncGenerator<EntryResult> {
  const names = new Map<string, number>();
  let pages = 0;
  let records = 0;
  try {
    // Node's gunzip (multi-member, as crawlers write) instead of warcio's: faster, and it fails on a truncated file where pako stops quietly
    const raw = createReadStream(file);
    const stream = /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw;
    raw.on('error', (e) => stream.destroy(e));
    for await (const record of new WARCParser(stream)) {
      records++;
      const page = htmlPage(record);
      if (!page) continue;
      const uri = record.warcTargetURI ?? `record ${records}`;
      const seen = (names.get(uri) ?? 0) + 1;
      names.set(uri, seen);
      const name = `${input}#${uri}${seen > 1 ? `~${seen}` : ''}`;
      pages++;
      if (record.warcContentLength > maxBytes) {
        yield { ok: false, input: name, rule: 'ingest/too-large', reason: `the archived page is ${formatBytes(record.warcContentLength)}, above the ${formatBytes(maxBytes)} limit (raise it with --max-size)` };
        continue;
      }
      const bytes = await record.readFully(true);
      const charset = /charset\s*=\s*["']?([\w-]+)/i.exec(page.contentType)?.[1];
      yield {
        ok: true,
        entry: { input: name, ext: '.html', bytes, container: { basis: 'archive', ...(record.warcTargetURI ? { url: record.warcTargetURI } : {}), ...(charset ? { charset } : {}) } },
      };
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const where = records === 0 ? 'not a web archive Tally can read' : `the archive is damaged at record ${records} (the pages before it were read)`;
    yield { ok: false, input, rule: err.code === 'ENOENT' ? 'ingest/missing' : 'ingest/warc', reason: `${where}: ${err.message}` };
    return;
  }
  if (pages === 0) yield { ok: false, input, rule: 'ingest/warc', reason: records === 0 ? 'not a web archive: no WARC records' : `none of its ${records} records is an archived HTML page` };
}

/** A record that holds a web page: a 200 response, or a resource, of an HTML type. */
function htmlPage(record: WARCRecord): { contentType: string } | null {
  if (record.warcType === 'response') {
    const http = record.httpHeaders;
    if (!http || Number(http.statusCode) !== 200) return null;
    const contentType = http.headers.get('content-type') ?? '';
    return HTML_TYPE.test(contentType) ? { contentType } : null;
  }
  if (record.warcType === 'resource') {
    const contentType = record.warcContentType ?? '';
    return HTML_TYPE.test(contentType) ? { contentType } : null;
  }
  return null;
}
