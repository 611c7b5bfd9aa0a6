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
import { pushTo } from '../core/multimap.js';

export interface EntityIndex {
  readonly entities: Entity[];
  /** the id of the entity a document's mention belongs to */
  idOf(doc: string, mention: EntityMention): string | null;
}

/** An entity as a store keeps it between runs: without its mentions, with what merging more reports needs. */
export interface EntitySeed {
  readonly entity: Entity;
  /** mentions by type, whose majority is the entity's type */
  readonly types: Readonly<Record<string, number>>;
  /** the mention keys that name it */
  readonly keys: readonly string[];
}

/** A mention as the registry reads it: plain data, in source spans, so it can travel between threads and machines. */
export interface KeptMention {
  readonly key: string;
  readonly type: EntityMention['type'];
  readonly name: string;
  /** the name as written */
  readonly alias: string;
  readonly span: { start: number; end: number };
}

/** A document's mentions that become entities: all but those typed "other" (terms, events) that are no one's source. */
export function keptMentions({ doc, entities, attributions }: Pick<Analysis, 'doc' | 'entities' | 'attributions'>): KeptMention[] {
  const sources = new Set(attributions.flatMap((a) => (a.resolved ? [a.resolved.key] : [])));
  return entities
    .filter((m) => m.type !== 'other' || sources.has(m.key))
    .map((m) => {
      const span = doc.map.spanToSource(m.range);
      return { key: m.key, type: m.type, name: m.name, alias: doc.text.slice(m.nameRange.start, m.nameRange.end), span: { start: span.start, end: span.end } };
    });
}

export function mergeEntities(analyses: readonly Analysis[]): EntityIndex {
  const registry = new EntityRegistry();
  for (const a of analyses) registry.add(a);
  return registry;
}

/**
 * The entities of a batch as reports are added one by one: the same merges,
 * in the same order, whether the batch is read at once or a report at a time
 * into a store (seeded with the entities it already holds). Candidates for a
 * merge are looked up by name, never by scanning every entity.
 */
export class EntityRegistry implements EntityIndex {
  readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  private readonly keysOf = new Map<Entity, Set<string>>();
  private readonly types = new Map<Entity, Map<string, number>>();
  private readonly ids = new Map<string, string>();
  /** persons by first word and word count, and by their full words (middle initials left out) */
  private readonly personsByFirst = new Map<string, Entity[]>();
  private readonly personsByFull = new Map<string, Entity[]>();
  /** organisations by the initials of their name, and those whose name is an acronym */
  private readonly orgsByInitials = new Map<string, Entity[]>();
  private readonly orgsByName = new Map<string, Entity[]>();
  private readonly changed = new Set<Entity>();

  private readonly byId = new Map<string, Entity>();

  constructor(seeds: readonly EntitySeed[] = []) {
    for (const s of seeds) this.seed(s);
  }

  /** Takes in an entity as a store holds it: a new one, or a newer state of one it has (another writer added mentions). */
  seed(s: EntitySeed): void {
    let entity = this.byId.get(s.entity.id);
    if (entity) {
      Object.assign(entity, { type: s.entity.type, aliases: [...s.entity.aliases], merged: [...s.entity.merged] });
      this.types.set(entity, new Map(Object.entries(s.types)));
    } else {
      entity = { ...s.entity, aliases: [...s.entity.aliases], merged: [...s.entity.merged], mentions: [] };
      this.register(entity, new Map(Object.entries(s.types)));
    }
    for (const k of s.keys) {
      this.byKey.set(k, entity);
      this.keysOf.get(entity)!.add(k);
    }
  }

  add({ doc, entities, attributions }: Pick<Analysis, 'doc' | 'entities' | 'attributions'>): void {
    this.addMentions(doc.id, keptMentions({ doc, entities, attributions }));
  }

  /** A document's mentions (as `keptMentions` gives them), in order. */
  addMentions(doc: string, mentions: readonly KeptMention[]): void {
    for (const m of mentions) {
      let entity = this.byKey.get(m.key);
      if (!entity) {
        const similar = m.type === 'person' ? this.samePerson(m.key) : m.type === 'organization' ? this.sameOrganization(m.name) : undefined;
        if (similar) {
          entity = similar.entity;
          entity.merged.push({ alias: m.name, reason: similar.reason });
        }
      }
      if (!entity) {
        entity = { id: `e${this.entities.length + 1}`, name: m.name, type: m.type, aliases: [], mentions: [], merged: [] };
        this.register(entity, new Map());
      }
      this.byKey.set(m.key, entity);
      this.keysOf.get(entity)!.add(m.key);
      this.ids.set(`${doc}\u0000${m.key}`, entity.id);
      entity.mentions.push({ doc, span: m.span });
      if (!entity.aliases.includes(m.alias)) entity.aliases.push(m.alias);
      const count = this.types.get(entity)!;
      count.set(m.type, (count.get(m.type) ?? 0) + 1);
      entity.type = [...count.entries()].sort((a, b) => b[1] - a[1])[0]![0] as Entity['type'];
      this.changed.add(entity);
    }
  }

  /** The id of the entity a document's mention key belongs to. */
  idOfKey(doc: string, key: string): string | null {
    return this.ids.get(`${doc}\u0000${key}`) ?? null;
  }

  idOf(doc: string, m: EntityMention): string | null {
    return this.idOfKey(doc, m.key);
  }

  /**
   * Forgets which entity each mention key of the documents added so far
   * belongs to (`idOfKey` answers null for them), keeping the entities: a
   * writer that has resolved its chunk asks no more, and the keys would
   * otherwise grow with every report a store takes in.
   */
  forgetDocuments(): void {
    this.ids.clear();
  }

  /** The entities changed since the last call, as a store keeps them (their new mentions are handed over and cleared). */
  takeChanged(): { seed: EntitySeed; mentions: Entity['mentions'] }[] {
    const out = [...this.changed].map((entity) => {
      const mentions = entity.mentions;
      entity.mentions = [];
      return { seed: { entity: { ...entity, mentions: [] }, types: Object.fromEntries(this.types.get(entity)!), keys: [...this.keysOf.get(entity)!] }, mentions };
    });
    this.changed.clear();
    return out;
  }

  private register(entity: Entity, types: Map<string, number>): void {
    this.entities.push(entity);
    this.byId.set(entity.id, entity);
    this.types.set(entity, types);
    this.keysOf.set(entity, new Set());
    // the name an entity was created with is what later names are compared to
    const words = entityKey(entity.name).split(' ');
    if (entity.type === 'person') {
      pushTo(this.personsByFirst, `${words[0]}|${words.length}`, entity);
      pushTo(this.personsByFull, words.filter((w) => w.length > 1).join(' '), entity);
    }
    if (entity.type === 'organization') {
      pushTo(this.orgsByInitials, initials(entity.name), entity);
      if (ACRONYM.test(entity.name)) pushTo(this.orgsByName, entity.name, entity);
    }
  }

  /** A person entity of the same name but for a middle initial or one letter in one word. */
  private samePerson(key: string): { entity: Entity; reason: string } | undefined {
    const words = key.split(' ');
    const full = words.filter((w) => w.length > 1);
    const candidates = [...(full.length >= 2 ? (this.personsByFull.get(full.join(' ')) ?? []) : []), ...(words.length >= 2 ? (this.personsByFirst.get(`${words[0]}|${words.length}`) ?? []) : [])];
    return firstOf(candidates.flatMap((e) => (e.type === 'person' ? personMatch(e, words, full) : [])));
  }

  /** An organisation whose name is the other's acronym ("KCNA", "Korean Central News Agency"), either way round. */
  private sameOrganization(name: string): { entity: Entity; reason: string } | undefined {
    const found: { entity: Entity; reason: string }[] = [];
    if (ACRONYM.test(name)) for (const e of this.orgsByInitials.get(name) ?? []) found.push({ entity: e, reason: `the initials of ${e.name}` });
    for (const e of this.orgsByName.get(initials(name)) ?? []) if (isAcronymOf(e.name, name)) found.push({ entity: e, reason: `spelled out as ${e.name}` });
    return firstOf(found.filter((f) => f.entity.type === 'organization'));
  }
}

/** The earliest entity of those found, as a scan of all in order would find it. */
function firstOf<T extends { entity: Entity }>(found: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const f of found) if (!best || idNumber(f.entity) < idNumber(best.entity)) best = f;
  return best;
}

const idNumber = (e: Entity): number => Number(e.id.slice(1));

function personMatch(e: Entity, words: readonly string[], full: readonly string[]): { entity: Entity; reason: string }[] {
  const other = entityKey(e.name).split(' ');
  const otherFull = other.filter((w) => w.length > 1);
  if (full.length >= 2 && full.join(' ') === otherFull.join(' ') && words.length !== other.length) return [{ entity: e, reason: `${e.name} with or without a middle initial` }];
  if (words.length < 2 || other.length !== words.length || other[0] !== words[0]) return [];
  let differing = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === other[i]) continue;
    if (++differing > 1 || editDistance(words[i]!, other[i]!) > 1) return [];
  }
  return [{ entity: e, reason: `one letter off ${e.name}` }];
}

const ACRONYM = /^[A-Z]{2,6}$/;

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function isAcronymOf(acronym: string, name: string): boolean {
  return ACRONYM.test(acronym) && initials(name) === acronym;
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
