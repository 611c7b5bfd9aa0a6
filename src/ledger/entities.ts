/**
 * Entities across the batch: mentions with the same key are one entity, in a
 * document and across documents; a person's name that differs from another's
 * by one letter in one word ("Kim Jon Un", "Kim Jong Un") or by a middle
 * initial ("Vladimir V. Putin") is the same person, and an acronym is the
 * organisation whose initials it spells ("KCNA", "Korean Central News
 * Agency"). Each such merge is kept on the entity with its reason.
 * Entities typed "other" (terms, events) are kept only when they are a source.
 * Ids follow the order of first mention, so the same batch gives the same ids.
 */
import { entityKey, type EntityMention } from '../extract/entities/mention.js';
import type { Analysis } from '../pipeline/process-doc.js';
import type { Entity } from './schema.js';

export interface EntityIndex {
  readonly entities: Entity[];
  /** the id of the entity a document's mention belongs to */
  idOf(doc: string, mention: EntityMention): string | null;
}

export function mergeEntities(analyses: readonly Analysis[]): EntityIndex {
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const types = new Map<Entity, Map<string, number>>();
  const ids = new Map<string, string>();
  for (const { doc, entities: mentions, attributions } of analyses) {
    const sources = new Set(attributions.flatMap((a) => (a.resolved ? [a.resolved.key] : [])));
    for (const m of mentions) {
      if (m.type === 'other' && !sources.has(m.key)) continue;
      let entity = byKey.get(m.key);
      if (!entity) {
        const similar = m.type === 'person' ? samePerson(entities, m.key) : m.type === 'organization' ? sameOrganization(entities, m.name) : undefined;
        if (similar) {
          entity = similar.entity;
          entity.merged.push({ alias: m.name, reason: similar.reason });
        }
      }
      if (!entity) {
        entity = { id: `e${entities.length + 1}`, name: m.name, type: m.type, aliases: [], mentions: [], merged: [] };
        entities.push(entity);
        types.set(entity, new Map());
      }
      byKey.set(m.key, entity);
      ids.set(`${doc.id}\u0000${m.key}`, entity.id);
      const span = doc.map.spanToSource(m.range);
      entity.mentions.push({ doc: doc.id, span: { start: span.start, end: span.end } });
      const alias = doc.text.slice(m.nameRange.start, m.nameRange.end);
      if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
      const count = types.get(entity)!;
      count.set(m.type, (count.get(m.type) ?? 0) + 1);
    }
  }
  for (const e of entities) {
    const count = types.get(e)!;
    e.type = [...count.entries()].sort((a, b) => b[1] - a[1])[0]![0] as Entity['type'];
  }
  return { entities, idOf: (doc, m) => ids.get(`${doc}\u0000${m.key}`) ?? null };
}

/** A person entity of the same name but for a middle initial or one letter in one word. */
function samePerson(entities: readonly Entity[], key: string): { entity: Entity; reason: string } | undefined {
  const words = key.split(' ');
  const full = words.filter((w) => w.length > 1);
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const other = entityKey(e.name).split(' ');
    const otherFull = other.filter((w) => w.length > 1);
    if (full.length >= 2 && full.join(' ') === otherFull.join(' ') && words.length !== other.length) return { entity: e, reason: `${e.name} with or without a middle initial` };
    if (words.length < 2 || other.length !== words.length || other[0] !== words[0]) continue;
    let differing = 0;
    let close = true;
    for (let i = 0; i < words.length && close; i++) {
      if (words[i] === other[i]) continue;
      close = ++differing <= 1 && editDistance(words[i]!, other[i]!) <= 1;
    }
    if (close) return { entity: e, reason: `one letter off ${e.name}` };
  }
  return undefined;
}

/** An organisation whose name is the other's acronym ("KCNA", "Korean Central News Agency"), either way round. */
function sameOrganization(entities: readonly Entity[], name: string): { entity: Entity; reason: string } | undefined {
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    if (isAcronymOf(name, e.name)) return { entity: e, reason: `the initials of ${e.name}` };
    if (isAcronymOf(e.name, name)) return { entity: e, reason: `spelled out as ${e.name}` };
  }
  return undefined;
}

function isAcronymOf(acronym: string, name: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(acronym)) return false;
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials === acronym;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
