/**
 * Short forms of a name found earlier or later in the same document: "Mr Kim",
 * "Kim" and "Putin" become mentions of "Kim Jong Un" and "Vladimir Putin".
 * A short form takes the key of the nearest full name that holds it as a
 * word; it becomes a person when that name is a person.
 */
import type { EntityMention } from './mention.js';

export function linkShortForms(mentions: EntityMention[]): void {
  const byWord = new Map<string, EntityMention[]>();
  for (const f of mentions) {
    if (!f.key.includes(' ') || (f.type !== 'person' && f.type !== 'organization')) continue;
    for (const word of new Set(f.key.split(' '))) {
      const list = byWord.get(word);
      if (list) list.push(f);
      else byWord.set(word, [f]);
    }
  }
  for (const m of mentions) {
    if (m.key.includes(' ') || m.type === 'place' || m.type === 'group') continue;
    let best: EntityMention | undefined;
    let distance = Infinity;
    for (const f of byWord.get(m.key) ?? []) {
      if (f.type === 'organization' && m.type !== 'organization') continue;
      // prefer the full name written before the short form, then the nearest after it
      const d = f.range.start <= m.range.start ? m.range.start - f.range.start : 1e9 + f.range.start - m.range.start;
      if (d < distance) {
        distance = d;
        best = f;
      }
    }
    if (best) {
      m.key = best.key;
      m.name = best.name;
      m.type = best.type;
    }
  }
}
