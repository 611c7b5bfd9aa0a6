/**
 * Finders for the markdown spans that patterns would find in quadratic time
 * (an image, a link, an HTML comment: an opener, then anything up to the first
 * closer, searched for from every opener): the same leftmost, non-overlapping
 * matches, found in one pass with the next closer of each kind precomputed.
 */

export interface InlineMatch {
  readonly index: number;
  readonly length: number;
  /** the link's text, for links */
  readonly text?: string;
}

/** For each position, where the next `ch` at or after it is (-1: none). */
function nextOf(s: string, ch: string): Int32Array {
  const next = new Int32Array(s.length + 2).fill(-1);
  for (let i = s.length - 1; i >= 0; i--) next[i] = s[i] === ch ? i : next[i + 1]!;
  return next;
}

/** `![alt](target)`, as `/!\[[^\]]*\]\([^)]*\)/g` finds them. */
export function* images(s: string): Generator<InlineMatch> {
  if (!s.includes('![')) return;
  const bracket = nextOf(s, ']');
  const paren = nextOf(s, ')');
  for (let i = s.indexOf('!['); i >= 0; i = s.indexOf('![', i + 1)) {
    const close = bracket[i + 2]!;
    if (close < 0) return;
    if (s[close + 1] !== '(') continue;
    const end = paren[close + 2]!;
    if (end < 0) return;
    yield { index: i, length: end + 1 - i };
    i = end;
  }
}

/** `[text](target)` and `[text][ref]`, as `/\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])/g` finds them. */
export function* links(s: string): Generator<InlineMatch> {
  if (!s.includes('[')) return;
  const bracket = nextOf(s, ']');
  const paren = nextOf(s, ')');
  for (let i = s.indexOf('['); i >= 0; i = s.indexOf('[', i + 1)) {
    const close = bracket[i + 1]!;
    if (close < 0) return;
    if (close === i + 1) continue;
    const opener = s[close + 1];
    const end = opener === '(' ? paren[close + 2]! : opener === '[' ? bracket[close + 2]! : -1;
    if (end < 0) continue;
    yield { index: i, length: end + 1 - i, text: s.slice(i + 1, close) };
    i = end;
  }
}

/** `<!-- … -->`, as `/<!--[\s\S]*?-->/g` finds them. */
export function* comments(s: string): Generator<InlineMatch> {
  for (let i = s.indexOf('<!--'); i >= 0; i = s.indexOf('<!--', i + 1)) {
    const end = s.indexOf('-->', i + 4);
    if (end < 0) return;
    yield { index: i, length: end + 3 - i };
    i = end + 2;
  }
}
