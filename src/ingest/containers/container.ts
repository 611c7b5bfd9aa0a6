/**
 * What a container (a feed or a web archive) says about one of the documents
 * it holds: the item's link, title, author and dates, or the archived page's
 * address and charset. It ranks below the page's own metadata and the user's
 * manifest, and above what Tally infers from the URL or the text.
 */
import { TRUST, type Basis, type Doc, type DocMeta } from '../../core/doc.js';
import { formatDateTime, parseDateTime } from '../../core/datetime.js';
import { message } from '../../core/message.js';

export interface ContainerMeta {
  readonly basis: Extract<Basis, 'feed' | 'archive'>;
  readonly url?: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly byline?: string;
  readonly published?: string;
  readonly updated?: string;
  /** the charset the container declares for the bytes (an HTTP Content-Type's) */
  readonly charset?: string;
  /** something the reader should know about this entry (a feed item that is only a summary) */
  readonly note?: { readonly rule: string; readonly reason: string };
}

/** An input file's documents: each with its own bytes, which its spans point into. */
export interface InputEntry {
  /** the document's name: the file, or `file#item` for an entry of a container */
  readonly input: string;
  /** how to read the bytes: the file's extension, or `.html` / `.txt` for an entry */
  readonly ext: string;
  readonly bytes: Uint8Array;
  readonly container?: ContainerMeta;
}

export type EntryResult = { readonly ok: true; readonly entry: InputEntry } | { readonly ok: false; readonly input: string; readonly rule: string; readonly reason: string };

export function applyContainer(doc: Doc, meta: ContainerMeta): void {
  const weak = (field: DocMeta[keyof DocMeta]): boolean => field === null || TRUST[field.basis] < TRUST[meta.basis];
  for (const key of ['url', 'title', 'outlet', 'byline'] as const) {
    const value = meta[key]?.trim();
    if (value && weak(doc.meta[key])) doc.meta[key] = { value, basis: meta.basis };
  }
  for (const key of ['published', 'updated'] as const) {
    const value = meta[key];
    if (!value || !weak(doc.meta[key])) continue;
    const dt = parseDateTime(value);
    if (dt) doc.meta[key] = { value: formatDateTime(dt), basis: meta.basis, ...(dt.zone ? { zone: dt.zone } : {}) };
    else doc.messages.push(message('ingest/container-date', 'warning', `the ${meta.basis} gives a ${key} date Tally cannot read: ${JSON.stringify(value)}`));
  }
  if (meta.note) doc.messages.push(message(meta.note.rule, 'warning', meta.note.reason));
}
