/**
 * An entity as the API gives it: its first mentions, at most as many as asked
 * for, and how many it has in all. A story's main actors are mentioned
 * hundreds of thousands of times across a large store; the rest of their
 * mentions are read a page at a time (`/entities/{id}/mentions`).
 */
import { z } from 'zod';
import { EntitySchema, type Entity } from '../ledger/schema.js';

export const ShownEntitySchema = EntitySchema.extend({
  mentionCount: z.number().int().describe('how many mentions the entity has; `mentions` holds the first of them, at most as many as asked for'),
});

export type ShownEntity = z.infer<typeof ShownEntitySchema>;
export type Mention = Entity['mentions'][number];

/** An entity of a ledger held whole, as the API gives it. */
export function shownEntity(entity: Entity, shown: number): ShownEntity {
  return { ...entity, mentions: entity.mentions.slice(0, shown), mentionCount: entity.mentions.length };
}
