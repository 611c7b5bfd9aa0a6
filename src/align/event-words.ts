/**
 * The words two events' clauses share, as evidence that they tell of one
 * happening. Stems are rough ("defence" meets "defense", "signed" meets
 * "signing"); function words, words of time ("June", "year") and the words of
 * the story that many clauses of the batch use ("North", "Korea" in a story on
 * North Korea) are no evidence.
 */

const FUNCTION_WORDS = new Set(
  'the and for with from that this which who was were are been has have had its their his her they she after before since last first also into over than more not but all about said says would could will two three'.split(' '),
);
const TIME_WORDS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|year|years|month|months|week|weeks|day|days|today|yesterday|ago|earlier|later|next|previous|early|late)$/;

/** A stem used by more than this share of the batch's event clauses is the story's, not the event's. */
const COMMON_SHARE = 1 / 3;
/** Below this many event clauses, no word is too common to count. */
const MIN_CLAUSES_FOR_COMMON = 6;

/** Stems of clauses seen before: a store dates report after report against the same dated clauses. */
const STEMS = new Map<string, Set<string>>();

export class EventWords {
  private readonly stemsOf = new Map<string, Set<string>>();
  private readonly common = new Set<string>();

  /** `clauses`: every event clause of the batch, which tell the story's common words */
  constructor(clauses: readonly string[]) {
    const frequency = new Map<string, number>();
    for (const c of clauses) for (const w of this.stems(c)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    if (clauses.length >= MIN_CLAUSES_FOR_COMMON) for (const [w, n] of frequency) if (n / clauses.length > COMMON_SHARE) this.common.add(w);
  }

  shared(a: string, b: string): number {
    const mine = this.stems(a);
    let n = 0;
    for (const w of this.stems(b)) if (mine.has(w) && !this.common.has(w)) n++;
    return n;
  }

  private stems(clause: string): Set<string> {
    let s = this.stemsOf.get(clause) ?? STEMS.get(clause);
    if (!s) {
      s = stems(clause);
      if (STEMS.size >= 50_000) STEMS.clear();
      STEMS.set(clause, s);
    }
    this.stemsOf.set(clause, s);
    return s;
  }
}

function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
    if (!FUNCTION_WORDS.has(w) && !TIME_WORDS.test(w)) out.add(w.replace(/(?:ing|ed|es|s|ce|se)$/, '').slice(0, 6));
  }
  return out;
}
