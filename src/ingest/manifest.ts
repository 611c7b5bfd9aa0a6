/**
 * Manifests: optional `sources.csv` / `sources.json` beside the documents, with
 * what the user knows about each one (url, outlet, publication date, title).
 * What a manifest says wins over anything Tally infers.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'an ISO 8601 date (2025-04-27) or date-time');

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const EntrySchema = z.object({
  file: z.string().trim().min(1),
  url: optionalText,
  outlet: optionalText,
  title: optionalText,
  language: optionalText,
  published: z.union([isoDate, z.literal('').transform(() => undefined)]).optional(),
  updated: z.union([isoDate, z.literal('').transform(() => undefined)]).optional(),
});

export type ManifestEntry = z.infer<typeof EntrySchema>;

export interface Manifest {
  /** the manifest file */
  readonly file: string;
  /** entries by absolute document path */
  readonly entries: ReadonlyMap<string, ManifestEntry>;
  readonly problems: readonly string[];
}

export const MANIFEST_NAMES = ['sources.json', 'sources.csv'] as const;

/** Reads the manifest in a folder, if it has one. */
export async function findManifest(dir: string): Promise<Manifest | null> {
  for (const name of MANIFEST_NAMES) {
    const file = path.join(dir, name);
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text !== null) return parseManifest(file, text);
  }
  return null;
}

export async function readManifest(file: string): Promise<Manifest> {
  const text = await readFile(file, 'utf8').catch((e: Error) => {
    throw new Error(`cannot read manifest ${file}: ${e.message}`);
  });
  return parseManifest(file, text);
}

export function parseManifest(file: string, text: string): Manifest {
  const problems: string[] = [];
  let rows: unknown[] = [];
  try {
    if (file.toLowerCase().endsWith('.json')) {
      const data: unknown = JSON.parse(text);
      rows = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data['documents']) ? data['documents'] : [];
      if (rows.length === 0) problems.push('expected an array of {file, url, outlet, published} objects');
    } else {
      rows = parseCsv(text.replace(/^\uFEFF/, ''), { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, relax_column_count: true, trim: true });
    }
  } catch (e) {
    problems.push(`not readable: ${(e as Error).message}`);
  }
  const entries = new Map<string, ManifestEntry>();
  const dir = path.dirname(path.resolve(file));
  rows.forEach((row, i) => {
    const parsed = EntrySchema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(`entry ${i + 1}: ${issue ? `${issue.path.join('.') || 'entry'}: ${issue.message}` : 'invalid'}`);
      return;
    }
    entries.set(path.resolve(dir, parsed.data.file), parsed.data);
  });
  return { file, entries, problems };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
