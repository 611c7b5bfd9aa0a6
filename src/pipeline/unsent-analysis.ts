/**
 * What a thread hands back for a document whose analysis no message can
 * carry (a value that cannot be copied between threads, such as a function:
 * always a bug, like the lexicon lookup that once answered "constructor" with
 * the `Object` function). The document fails, saying so, and the batch goes
 * on: without this, the thread stopped and took every document with it.
 */
import { failedDoc, type Doc } from '../core/doc.js';
import { emptyAnalysis, type Analysis } from './process-doc.js';

export const UNSENT_RULE = 'internal/error';

export function unsentDoc(doc: Pick<Doc, 'id' | 'input' | 'sha256' | 'kind'>, error: unknown): Doc {
  const why = error instanceof Error ? error.message : String(error);
  return failedDoc(doc.id, doc.input, UNSENT_RULE, `internal error: the analysis could not be handed back from its thread (${why})`, { sha256: doc.sha256, kind: doc.kind });
}

export function unsentAnalysis(a: Analysis, error: unknown): Analysis {
  return emptyAnalysis(unsentDoc(a.doc, error));
}

/** Hands a message over with `post`; where it cannot be copied, hands over `instead(error)`. */
export function postOrInstead<T>(post: (message: T) => void, message: T, instead: (error: unknown) => T): void {
  try {
    post(message);
  } catch (e) {
    post(instead(e));
  }
}
