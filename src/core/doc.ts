/**
 * The document object: one per input article, carried through every stage.
 * `source` is the decoded raw file and never changes; `text` is the clean text
 * the extractors read; `map` ties every offset of `text` to `source`.
 */
import { OffsetMap } from './offset-map.js';
import type { Message, Severity } from './message.js';
import { message } from './message.js';
import type { Span } from './span.js';

/** Where a piece of metadata came from, in order of trust (`feed` and `archive`: what the feed or web archive holding the page says of it). */
export type Basis = 'manifest' | 'html-meta' | 'feed' | 'archive' | 'url' | 'text' | 'inferred';

/** How far each basis is trusted: a field is replaced only by one of a higher rank. */
export const TRUST: Readonly<Record<Basis, number>> = { manifest: 6, 'html-meta': 5, feed: 4, archive: 4, url: 3, text: 2, inferred: 1 };

export interface Field<T = string> {
  readonly value: T;
  readonly basis: Basis;
  /** where in the source it was read, when it was read from the source */
  readonly span?: Span;
}

/** A publication or update date: ISO 8601 date or date-time with offset. */
export interface DateField extends Field {
  /** IANA zone or fixed offset the time was given in, when one was given */
  readonly zone?: string;
  /** for `inferred` dates: the bounds the evidence allows */
  readonly earliest?: string;
  readonly latest?: string;
}

export interface DocMeta {
  title: Field | null;
  outlet: Field | null;
  url: Field | null;
  byline: Field | null;
  language: Field | null;
  published: DateField | null;
  updated: DateField | null;
}

export type InputKind = 'text' | 'markdown' | 'html';

export type BlockKind = 'title' | 'heading' | 'paragraph';

/** A line-level unit of the clean text (ranges are over `text`). */
export interface Block {
  readonly kind: BlockKind;
  readonly range: Span;
}

export interface Sentence {
  readonly range: Span;
  /** index of the block it belongs to */
  readonly block: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token {
  readonly range: Span;
  readonly kind: TokenKind;
}

export interface Doc {
  readonly id: string;
  /** the input as the user gave it: a path, a URL, or `-` for stdin */
  readonly input: string;
  readonly kind: InputKind;
  /** sha256 of the raw bytes, hex */
  readonly sha256: string;
  readonly encoding: string;
  readonly source: string;
  text: string;
  /** clean text → source */
  map: OffsetMap;
  meta: DocMeta;
  messages: Message[];
  /** structure seen before cleaning (e.g. HTML headings), as source spans */
  hints: { headings: Span[]; title?: Span };
  /** dates read from date lines while cleaning, whichever source of metadata won (source spans) */
  datelines: { kind: 'published' | 'updated'; value: string; span: Span }[];
  blocks: Block[];
  sentences: Sentence[];
  /** the clean text's tokens, while the extractors run (`processDoc` lets them go once they are done) */
  tokens: Token[];
  /** `failed` when the input could not be read or had nothing to analyse */
  status: 'ok' | 'failed';
}

export function emptyMeta(): DocMeta {
  return { title: null, outlet: null, url: null, byline: null, language: null, published: null, updated: null };
}

export interface DocInit {
  id: string;
  input: string;
  kind: InputKind;
  sha256: string;
  encoding: string;
  source: string;
  text?: string;
  map?: OffsetMap;
  meta?: Partial<DocMeta>;
  messages?: Message[];
  hints?: Doc['hints'];
}

export function createDoc(init: DocInit): Doc {
  const text = init.text ?? init.source;
  const map = init.map ?? OffsetMap.identity(init.source.length);
  if (map.cleanLength !== text.length || map.sourceLength !== init.source.length) {
    throw new RangeError(`document ${init.id}: offset map does not fit its texts`);
  }
  return {
    id: init.id,
    input: init.input,
    kind: init.kind,
    sha256: init.sha256,
    encoding: init.encoding,
    source: init.source,
    text,
    map,
    meta: { ...emptyMeta(), ...init.meta },
    messages: [...(init.messages ?? [])],
    hints: init.hints ?? { headings: [] },
    datelines: [],
    blocks: [],
    sentences: [],
    tokens: [],
    status: 'ok',
  };
}

/** A document for an input that could not be read: it keeps its place in the batch and says why. */
export function failedDoc(id: string, input: string, rule: string, reason: string, extra?: { sha256?: string; kind?: InputKind }): Doc {
  const doc = createDoc({
    id,
    input,
    kind: extra?.kind ?? 'text',
    sha256: extra?.sha256 ?? '',
    encoding: 'none',
    source: '',
    messages: [message(rule, 'error', reason)],
  });
  doc.status = 'failed';
  return doc;
}

export function addMessage(doc: Doc, rule: string, severity: Severity, reason: string, at?: Span): void {
  doc.messages.push(message(rule, severity, reason, at));
}
