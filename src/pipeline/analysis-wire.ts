/**
 * A loaded document and its analysis as they cross between threads: plain
 * data, which a thread's message copies as it is, but for the offset map, a
 * class, sent as its anchors and made again on the other side.
 */
import type { Doc } from '../core/doc.js';
import { OffsetMap } from '../core/offset-map.js';
import type { Analysis } from './process-doc.js';

export type WireDoc = Omit<Doc, 'map'> & { readonly map: ReturnType<OffsetMap['toJSON']> };
export type WireAnalysis = Omit<Analysis, 'doc'> & { readonly doc: WireDoc };

export function docToWire(doc: Doc): WireDoc {
  return { ...doc, map: doc.map.toJSON() };
}

export function docFromWire(doc: WireDoc): Doc {
  return { ...doc, map: OffsetMap.fromAnchors(doc.map.from, doc.map.to, doc.map.linear) };
}

export function analysisToWire(a: Analysis): WireAnalysis {
  return { ...a, doc: docToWire(a.doc) };
}

export function analysisFromWire(a: WireAnalysis): Analysis {
  return { ...a, doc: docFromWire(a.doc) };
}

/** The fingerprint's arrays, handed over rather than copied: the sending thread is done with them. */
export function transferables(a: WireAnalysis): ArrayBuffer[] {
  const p = a.fingerprint;
  return [...new Set([p.starts.buffer, p.ends.buffer, p.hashes.buffer])].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer && b.byteLength > 0);
}
