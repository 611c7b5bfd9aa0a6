/**
 * The words two events' clauses share, as evidence that they tell of one
 * happening. Stems are rough ("defence" meets "defense", "signed" meets
 * "signing"); function words, words of time ("June", "year") and the words of
 * the story that many clauses of the batch use ("North", "Korea" in a story on
 * North Korea) are no evidence.
 */
import type { TimedEvent } from '../extract/time/events.js';
import type { Analysis } from '../pipeline/process-doc.js';

const FUNCTION_WORDS = new Set(
  'the and for with from that this which who was were are been has have had its their his her they she after before since last first also into over than more not but all about said says would could will two three'.split(' '),
);
const TIME_WORDS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|year|years|month|months|week|weeks|day|days|today|yesterday|ago|earlier|later|next|previous|early|late)$/;

/** A stem used by more than this share of the batch's event clauses is the story's, not the event's. */
const COMMON_SHARE = 1 / 3;
/** Below this many event clauses, no word is too common to count. */
const MIN_CLAUSES_FOR_COMMON = 6;

export class EventWords {
  private readonly stemsOf = new Map<TimedEvent, Set<string>>();
  private readonly common = new Set<string>();

  constructor(analyses: readonly Analysis[]) {
    const frequency = new Map<string, number>();
    let clauses = 0;
    for (const a of analyses) {
      for (const e of a.events) {
        const s = stems(a.doc.text.slice(e.range.start, e.range.end));
        this.stemsOf.set(e, s);
        clauses++;
        for (const w of s) frequency.set(w, (frequency.get(w) ?? 0) + 1);
      }
    }
    if (clauses >= MIN_CLAUSES_FOR_COMMON) for (const [w, n] of frequency) if (n / clauses > COMMON_SHARE) this.common.add(w);
  }

  shared(a: TimedEvent, b: TimedEvent): number {
    const mine = this.stemsOf.get(a);
    const theirs = this.stemsOf.get(b);
    if (!mine || !theirs) return 0;
    let n = 0;
    for (const w of theirs) if (mine.has(w) && !this.common.has(w)) n++;
    return n;
  }
}

function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
    if (!FUNCTION_WORDS.has(w) && !TIME_WORDS.test(w)) out.add(w.replace(/(?:ing|ed|es|s|ce|se)$/, '').slice(0, 6));
  }
  return out;
}
