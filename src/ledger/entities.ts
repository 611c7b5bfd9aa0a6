/**
 * Entities across the batch: mentions with the same key are one entity, in a
 * document and across documents; a person's name that differs from another's
 * by one letter in one word ("Kim Jon Un", "Kim Jong Un") is the same person.
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
      let entity = byKey.get(m.key) ?? (m.type === 'person' ? nearSpelling(entities, m.key) : undefined);
      if (!entity) {
        entity = { id: `e${entities.length + 1}`, name: m.name, type: m.type, aliases: [], mentions: [] };
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

/** A person entity whose key has the same words but one letter added, dropped or changed in one of them. */
function nearSpelling(entities: readonly Entity[], key: string): Entity | undefined {
  const words = key.split(' ');
  if (words.length < 2) return undefined;
  return entities.find((e) => {
    if (e.type !== 'person') return false;
    const other = entityKey(e.name).split(' ');
    if (other.length !== words.length || other[0] !== words[0]) return false;
    let differing = 0;
    for (let i = 0; i < words.length; i++) {
      if (words[i] === other[i]) continue;
      if (++differing > 1 || editDistance(words[i]!, other[i]!) > 1) return false;
    }
    return true;
  });
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
