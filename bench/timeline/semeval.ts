/**
 * Reads SemEval-2015 Task 4 (TimeLine): the raw Track A documents (CAT XML,
 * the text rebuilt from tokens as for MEANTIME) and the gold timelines, one
 * file per target entity, each line `order<TAB>date<TAB>event[<TAB>event…]`
 * where an event is `docid-sentence-word` and later ids on a line are other
 * mentions of the same event. Each event gets the span of its word in the
 * rebuilt text; an event seen in several timelines is kept once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Span } from '../../src/core/span.js';
import { catCreationTime, rebuildCatText } from '../time/meantime.js';

export interface TimelineDoc {
  readonly id: string;
  readonly text: string;
  readonly dct: string;
  /** sentence ranges, in order */
  readonly sentences: readonly Span[];
}

export interface GoldEvent {
  readonly doc: string;
  readonly sentence: number;
  readonly span: Span;
  /** `2005-01-18`, `2005-01-XX`, `2005-XX-XX`, or `XXXX-XX-XX` for an event the timeline leaves undated */
  readonly date: string;
  readonly id: string;
}

export interface Timelines {
  readonly docs: ReadonlyMap<string, TimelineDoc>;
  readonly events: readonly GoldEvent[];
  /** gold event ids whose word could not be found in its sentence */
  readonly unplaced: readonly string[];
}

export function readTimelines(root: string): Timelines {
  const docs = new Map<string, TimelineDoc>();
  const tokensOf = new Map<string, ReturnType<typeof rebuildCatText>['tokens']>();
  const events: GoldEvent[] = [];
  const unplaced: string[] = [];
  const seen = new Set<string>();
  for (const corpus of readdirSync(root).filter((d) => d.startsWith('corpus_')).sort()) {
    const catDir = path.join(root, corpus, `corpus_trackA_CAT`);
    for (const file of readdirSync(catDir).filter((f) => f.endsWith('.xml')).sort()) {
      const xml = readFileSync(path.join(catDir, file), 'utf8');
      const id = /doc_id="([^"]+)"/.exec(xml)?.[1] ?? file.split('_')[0]!;
      const { text, tokens, sentenceEnd } = rebuildCatText(xml);
      const sentences: Span[] = [];
      // tokens come in text order: a sentence starts at its first token
      for (const t of tokens) sentences[t.sentence] ??= { start: t.span.start, end: sentenceEnd[t.sentence]! };
      docs.set(id, { id, text, dct: catCreationTime(xml), sentences });
      tokensOf.set(id, tokens);
    }
    const goldDir = path.join(root, corpus, 'TimeLines_Gold_Standard');
    for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.txt')).sort()) {
      for (const line of readFileSync(path.join(goldDir, file), 'utf8').split('\n').slice(1)) {
        const [, date, first] = line.split('\t');
        if (!date || !first || seen.has(first)) continue;
        seen.add(first);
        const m = /^(\d+)-(\d+)-(.+)$/.exec(first);
        const tokens = m ? tokensOf.get(m[1]!) : undefined;
        const words = m ? m[3]!.split('_') : [];
        const at = tokens?.findIndex((t, i) => t.sentence === Number(m![2]) && words.every((w, k) => tokens[i + k]?.word === w)) ?? -1;
        if (!m || !tokens || at < 0) {
          unplaced.push(first);
          continue;
        }
        const span = { start: tokens[at]!.span.start, end: tokens[at + words.length - 1]!.span.end };
        events.push({ doc: m[1]!, sentence: Number(m[2]), span, date: date.length === 4 ? `${date}-XX-XX` : date, id: first });
      }
    }
  }
  return { docs, events, unplaced };
}
