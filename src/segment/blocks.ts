/**
 * Blocks: each non-empty line of the clean text, classified as the title (a
 * first line in headline form), a heading (a short line without closing
 * punctuation between paragraphs) or a paragraph. Structure known from the
 * input (HTML headings) wins over the heuristics. The title block sets the
 * document's title when nothing more trusted did.
 */
import type { Block, BlockKind, Doc } from '../core/doc.js';
import { overlaps } from '../core/span.js';

const MAX_HEADING_WORDS = 20;

export function findBlocks(doc: Doc): Block[] {
  const lines: { start: number; end: number }[] = [];
  let pos = 0;
  for (const part of doc.text.split('\n')) {
    if (part.trim() !== '') lines.push({ start: pos, end: pos + part.length });
    pos += part.length + 1;
  }
  const blocks: Block[] = lines.map((range, i) => ({ range, kind: classify(doc, range, i, lines.length) }));
  const title = blocks.find((b) => b.kind === 'title');
  if (title && (!doc.meta.title || doc.meta.title.basis === 'inferred')) {
    const span = doc.map.spanToSource(title.range);
    doc.meta.title = { value: doc.text.slice(title.range.start, title.range.end), basis: 'text', span };
  }
  return blocks;
}

function classify(doc: Doc, range: { start: number; end: number }, index: number, count: number): BlockKind {
  const source = doc.map.spanToSource(range);
  if (doc.hints.title && overlaps(doc.hints.title, source)) return 'title';
  if (doc.hints.headings.some((h) => overlaps(h, source))) return index === 0 && doc.kind !== 'html' ? 'title' : 'heading';
  if (doc.kind === 'html') return 'paragraph'; // HTML says what its headings are
  const text = doc.text.slice(range.start, range.end).trim();
  if (!isHeadingShaped(text)) return 'paragraph';
  if (index === 0) return count > 1 ? 'title' : 'paragraph';
  return index < count - 1 ? 'heading' : 'paragraph';
}

/** A short line in headline form: no closing punctuation, starts with a capital, digit or quote. */
export function isHeadingShaped(text: string): boolean {
  // the closing punctuation first: it tells most paragraphs without their words
  if (/[.,;:!…]["”’)\]]*$/.test(text) || !/^[\p{Lu}\p{N}“"‘'«]/u.test(text) || /^[-•*·–]\s/.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.length <= MAX_HEADING_WORDS && !(/\?["”’]*$/.test(text) && words.length > 12);
}
