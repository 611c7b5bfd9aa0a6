/**
 * A report as read, before analysis: its bytes (or why there are none), the
 * id the store keeps for it, and what its manifest says. Plain data, so it
 * can go to a worker thread (the bytes transferred, not copied) or sit in a
 * queued job.
 */
import { createHash } from 'node:crypto';
import { failedDoc, type Doc } from '../core/doc.js';
import type { ContainerMeta } from '../ingest/entries.js';
import { documentFromBytes } from '../ingest/load.js';
import type { ManifestEntry } from '../ingest/manifest.js';
import { processDoc, type Analysis } from '../pipeline/process-doc.js';
import type { Configuration } from '../pipeline/configuration.js';

export interface RawReport {
  /** the key the store knows the input by */
  readonly key: string;
  readonly input: string;
  readonly id: string;
  /** the file's extension, lower-case, with its dot ('' for standard input) */
  readonly ext: string;
  readonly bytes: Uint8Array | null;
  /** why there are no bytes */
  readonly problem?: { readonly rule: string; readonly reason: string };
  readonly manifest?: ManifestEntry;
  /** what the feed or archive holding it says of it */
  readonly container?: ContainerMeta;
}

export function documentOf(r: RawReport): Doc {
  if (!r.bytes) return failedDoc(r.id, r.input, r.problem?.rule ?? 'ingest/unreadable', r.problem?.reason ?? 'could not be read');
  return documentFromBytes(r.bytes, { id: r.id, input: r.input, ext: r.ext }, r.manifest, r.container);
}

export function analyseRaw(r: RawReport, config: Configuration): Analysis {
  return processDoc(documentOf(r), config);
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
