/**
 * A claims query written as one line, for the command line and the search
 * box: `measure:killed entity:"Kim Jong Un" after:2025-01-01 Kursk`. Fields
 * are `name:value` (a value in single or double quotes may hold spaces);
 * other words are searched in the claims' text. `after`/`since` are `from`,
 * `before`/`until` are `to`; `entity` takes an id (e12) or a name, matched
 * against the entities' names and spellings.
 */
import { entityKey } from '../extract/entities/mention.js';
import type { Entity } from '../ledger/schema.js';
import { ClaimsQuery } from './queries.js';
import { wordTable } from '../core/word-table.js';

const FIELDS: Readonly<Record<string, keyof ClaimsQuery>> = wordTable({
  measure: 'measure',
  entity: 'entity',
  claimant: 'claimant',
  outlet: 'outlet',
  doc: 'doc',
  report: 'doc',
  group: 'group',
  status: 'status',
  from: 'from',
  after: 'from',
  since: 'from',
  to: 'to',
  before: 'to',
  until: 'to',
});

export type QueryTextResult = { ok: true; query: ClaimsQuery } | { ok: false; error: string };

export function parseQueryText(text: string, entities: readonly Entity[]): QueryTextResult {
  const fields: Record<string, string> = {};
  const words: string[] = [];
  for (const m of text.matchAll(/(?:([a-z]+):)?(?:"([^"]*)"|'([^']*)'|(\S+))/gi)) {
    const [, name, double, single, bare] = m;
    const value = double ?? single ?? bare ?? '';
    if (!name) {
      words.push(value);
      continue;
    }
    const field = FIELDS[name.toLowerCase()];
    if (!field) return { ok: false, error: `unknown field "${name}:" (fields: ${Object.keys(FIELDS).join(', ')})` };
    fields[field] = value;
  }
  if (fields.entity !== undefined && !/^e\d+$/.test(fields.entity)) {
    const id = entityNamed(fields.entity, entities);
    if (!id) return { ok: false, error: `no entity is named "${fields.entity}"` };
    fields.entity = id;
  }
  if (words.length > 0) fields.q = words.join(' ');
  const parsed = ClaimsQuery.safeParse({ ...fields, limit: 1000 });
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { ok: true, query: parsed.data };
}

/** The entity a name means: one whose name or a spelling of it has the same key, the most mentioned first. */
export function entityNamed(name: string, entities: readonly Entity[]): string | null {
  const key = entityKey(name);
  const matches = entities.filter((e) => entityKey(e.name) === key || e.aliases.some((a) => entityKey(a) === key));
  matches.sort((a, b) => b.mentions.length - a.mentions.length);
  return matches[0]?.id ?? null;
}
