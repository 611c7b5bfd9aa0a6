/**
 * The sentences each time extractor's trigger occurs in, found in one pass
 * over a document for all the triggers: nineteen passes, one per trigger,
 * were about 8 % of all the analysis of a report. The pass stops at
 * every place where some trigger matches (the triggers' union, moved on by
 * one character after each stop, so that no place is stepped over), and
 * there asks each trigger not yet found in that sentence whether it matches
 * at that very place.
 */
import type { Doc } from '../../core/doc.js';

export class TriggerScan {
  private readonly union: RegExp;
  /** each trigger, matching only where it is asked to (sticky) */
  private readonly at: readonly RegExp[];

  constructor(triggers: readonly RegExp[]) {
    const caseless = triggers.some((t) => t.ignoreCase);
    this.union = new RegExp(triggers.map((t) => `(?:${t.source})`).join('|'), caseless ? 'gi' : 'g');
    this.at = triggers.map((t) => new RegExp(t.source, `${t.flags.replace('g', '')}y`));
  }

  /**
   * For each trigger, the sentences (by index, in order) in which one of its
   * occurrences starts: every sentence a match of a pattern holding it may
   * be in (a trigger has no lookaround, so an occurrence within a sentence
   * is one in the whole text too).
   */
  sentences(doc: Pick<Doc, 'text' | 'sentences'>): number[][] {
    const { text, sentences } = doc;
    const found: number[][] = this.at.map(() => []);
    if (this.at.length === 0) return found;
    // the last sentence found for each trigger, kept apart from the lists: reading the last of an empty
    // list (index -1) left V8's fast path for arrays, in the loop that runs at every stop
    const last = new Int32Array(this.at.length).fill(-1);
    const union = this.union;
    let s = 0;
    union.lastIndex = 0;
    for (let m = union.exec(text); m !== null; m = union.exec(text)) {
      const p = m.index;
      union.lastIndex = p + 1;
      while (s < sentences.length && sentences[s]!.range.end <= p) s++;
      if (s === sentences.length) break;
      // between two sentences
      if (sentences[s]!.range.start > p) continue;
      for (let i = 0; i < this.at.length; i++) {
        if (last[i] === s) continue;
        const trigger = this.at[i]!;
        trigger.lastIndex = p;
        if (!trigger.test(text)) continue;
        found[i]!.push(s);
        last[i] = s;
      }
    }
    union.lastIndex = 0;
    return found;
  }
}
