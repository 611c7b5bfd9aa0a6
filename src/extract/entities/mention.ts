/** A mention of a person, organisation, place or group in a document (ranges over the clean text). */
import type { Span } from '../../core/span.js';
import { memoized } from '../../core/memo.js';

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'other';

export interface EntityMention {
  /** the words of the mention, titles included ("General Oleksandr Syrskyi") */
  readonly range: Span;
  /** the name itself ("Oleksandr Syrskyi"); the whole mention for groups and organisations */
  readonly nameRange: Span;
  type: EntityType;
  /** the name in display form ("Oleksandr Syrskyi", "South Korean officials") */
  name: string;
  /** what mentions of the same entity share: the normalised full name */
  key: string;
  /** a title written before the name ("General", "Mr") */
  readonly title?: string;
}

/**
 * Lower-case, hyphens and full stops to spaces, "the" dropped, possessives
 * dropped: "Kim Jong-un" and "Kim Jong Un" share a key. Kept by name: a
 * story names the same few people and places in every report.
 */
export const entityKey: (name: string) => string = memoized(keyOf, 50_000);

function keyOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[.\-‐‑–]/g, ' ')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
