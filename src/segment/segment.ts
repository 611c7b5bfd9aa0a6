/** Fills a cleaned document's blocks, sentences and tokens (all ranges over its clean text). */
import type { Doc, Sentence } from '../core/doc.js';
import { findBlocks } from './blocks.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

export function segment(doc: Doc): void {
  doc.blocks = findBlocks(doc);
  const sentences: Sentence[] = [];
  doc.blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') sentences.push({ range: block.range, block: index });
    else for (const range of splitSentences(doc.text, block.range)) sentences.push({ range, block: index });
  });
  doc.sentences = sentences;
  doc.tokens = tokenize(doc.text);
}
