/**
 * The entities stage: names of people, organisations and places in a
 * document, each mention with its range, typed and keyed so that mentions of
 * one entity (and, across documents, its aliases) can be merged. Sources that
 * are descriptions ("South Korean officials") are added as group mentions by
 * the attribution stage.
 */
import type { Doc } from '../../core/doc.js';
import { sentenceViews } from '../../segment/token-view.js';
import { linkShortForms } from './aliases.js';
import type { EntityMention } from './mention.js';
import { findNames } from './names.js';

export type { EntityMention, EntityType } from './mention.js';
export { entityKey } from './mention.js';

export function extractEntities(doc: Pick<Doc, 'text' | 'sentences' | 'tokens'>): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const view of sentenceViews(doc)) mentions.push(...findNames(view));
  linkShortForms(mentions);
  return mentions;
}
