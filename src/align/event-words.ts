/**
 * The words two events' clauses share, as evidence that they tell of one
 * happening. Stems are rough ("defence" meets "defense", "signed" meets
 * "signing"); function words, words of time ("June", "year") and the words of
 * the story that many clauses of the batch use ("North", "Korea" in a story on
 * North Korea) are no evidence.
 */

import { memoized } from '../core/memo.js';

const FUNCTION_WORDS = new Set(
  'the and for with from that this which who was were are been has have had its their his her they she after before since last first also into over than more not but all about said says would could will two three'.split(' '),
);
const TIME_WORDS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|year|years|month|months|week|weeks|day|days|today|yesterday|ago|earlier|later|next|previous|early|late)$/;

/** A stem used by more than this share of the batch's event clauses is the story's, not the event's. */
const COMMON_SHARE = 1 / 3;
/** Below this many event clauses, no word is too common to count. */
const MIN_CLAUSES_FOR_COMMON = 6;

/** The stems of a clause that count as evidence (memoized: a store dates report after report against the same dated clauses). */
export const stemsOf: (clause: string) => ReadonlySet<string> = memoized(stems, 50_000);

/** How many clauses use each stem: what tells the story's common words. Grows clause by clause (a store's, as reports come in). */
export class StemCounts {
  private readonly counts = new Map<string, number>();
  clauses = 0;

  add(clause: string): void {
    this.clauses++;
    for (const w of stemsOf(clause)) this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
  }

  count(stem: string): number {
    return this.counts.get(stem) ?? 0;
  }

  /** Replaces the counts with those given (a store's, counted as its reports came in). */
  assign(counts: Iterable<readonly [string, number]>, clauses: number): void {
    this.counts.clear();
    for (const [stem, n] of counts) this.counts.set(stem, n);
    this.clauses = clauses;
  }
}

export class EventWords {
  private readonly own = new StemCounts();
  private readonly common = new Map<string, boolean>();

  /** `clauses`: every event clause of the batch; `base`: the counts of clauses beyond it (a store's); together they tell the story's common words */
  constructor(clauses: readonly string[], private readonly base: StemCounts = new StemCounts()) {
    for (const c of clauses) this.own.add(c);
  }

  /** How many stems a clause shares with each of many others (its own looked up once), common words left out. */
  sharedWith(a: string): (b: string) => number {
    const mine = stemsOf(a);
    return (b) => {
      let n = 0;
      for (const w of stemsOf(b)) if (mine.has(w) && !this.isCommon(w)) n++;
      return n;
    };
  }

  private isCommon(stem: string): boolean {
    let common = this.common.get(stem);
    if (common === undefined) {
      const n = this.own.clauses + this.base.clauses;
      common = n >= MIN_CLAUSES_FOR_COMMON && (this.own.count(stem) + this.base.count(stem)) / n > COMMON_SHARE;
      this.common.set(stem, common);
    }
    return common;
  }
}

function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
    if (!FUNCTION_WORDS.has(w) && !TIME_WORDS.test(w)) out.add(w.replace(/(?:ing|ed|es|s|ce|se)$/, '').slice(0, 6));
  }
  return out;
}
