/** Small factories for tests: documents from strings, one rule at a time. */
import { createDoc, type Doc, type InputKind } from '../core/doc.js';
import { clean } from '../clean/clean.js';
import type { CleanRule } from '../clean/rule.js';
import { defaultCleaners } from '../clean/index.js';
import { segment } from '../segment/segment.js';

export function textDoc(source: string, kind: InputKind = 'text'): Doc {
  return createDoc({ id: 'test', input: 'test.txt', kind, sha256: '', encoding: 'utf-8', source });
}

/** Runs the given rules (default: all) over a text and returns the document. */
export function cleaned(source: string, rules: readonly CleanRule[] = defaultCleaners): Doc {
  const doc = textDoc(source);
  clean(doc, rules);
  return doc;
}

/** Cleans and segments a text with the default rules. */
export function prepared(source: string): Doc {
  const doc = cleaned(source);
  segment(doc);
  return doc;
}
