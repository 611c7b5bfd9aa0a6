/**
 * Everything that happens to one loaded document: cleaning, the check that an
 * article is left, segmentation and language. Failures become messages on the
 * document, never exceptions.
 */
import { addMessage, type Doc } from '../core/doc.js';
import { clean } from '../clean/clean.js';
import { detectLanguage } from '../ingest/language.js';
import { segment } from '../segment/segment.js';
import type { Configuration } from './configuration.js';

export function processDoc(doc: Doc, config: Configuration): Doc {
  if (doc.status === 'failed') return doc;
  try {
    clean(doc, config.cleaners);
    if (doc.text.trim() === '') {
      doc.status = 'failed';
      addMessage(doc, 'ingest/no-article-body', 'error', doc.kind === 'html' ? 'no article text found in the page' : 'nothing is left after cleaning');
      return doc;
    }
    segment(doc);
    if (!doc.meta.language) doc.meta.language = { value: detectLanguage(doc.text), basis: 'inferred' };
  } catch (e) {
    // a bug in a stage must not take the batch down: the document says what went wrong
    doc.status = 'failed';
    addMessage(doc, 'internal/error', 'error', `internal error while analysing: ${(e as Error).stack ?? String(e)}`);
  }
  return doc;
}
