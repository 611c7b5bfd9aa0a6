/**
 * robots.txt as RFC 9309 reads it: the group for our product token (else the
 * `*` group), its Allow and Disallow rules with `*` and `$`, the longest match
 * winning and Allow winning a tie; and the Crawl-delay many sites still set.
 * Patterns are matched by hand, never compiled to regular expressions, so a
 * hostile robots.txt cannot make matching slow.
 */

interface Rule {
  readonly allow: boolean;
  readonly pattern: string;
}

export interface Robots {
  /** may `agent` fetch this path (with its query)? */
  allows(pathAndQuery: string): boolean;
  /** seconds between requests the site asks for, if it asks */
  readonly crawlDelay: number | undefined;
}

export const ALLOW_ALL: Robots = { allows: () => true, crawlDelay: undefined };
export const DISALLOW_ALL: Robots = { allows: () => false, crawlDelay: undefined };

/** The rules for `token` (a product token, "tally") in a robots.txt. */
export function parseRobots(text: string, token: string): Robots {
  const groups: { agents: string[]; rules: Rule[]; delay: number | undefined }[] = [];
  let current: (typeof groups)[number] | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!lastWasAgent || !current) groups.push((current = { agents: [], rules: [], delay: undefined }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      if (value !== '') current.rules.push({ allow: key === 'allow', pattern: value });
    } else if (key === 'crawl-delay') {
      const n = Number(value);
      if (Number.isFinite(n) && n >= 0) current.delay = n;
    }
  }
  const name = token.toLowerCase();
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && name.startsWith(a)));
  const chosen = mine.length > 0 ? mine : groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  const delay = chosen.map((g) => g.delay).find((d) => d !== undefined);
  return {
    crawlDelay: delay,
    allows(pathAndQuery: string): boolean {
      let best: Rule | null = null;
      for (const r of rules) {
        if (!matches(r.pattern, pathAndQuery)) continue;
        if (!best || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow)) best = r;
      }
      return best ? best.allow : true;
    },
  };
}

/** Does a robots pattern (`*` any run, `$` at the end anchors) match from the path's start? Linear in practice: greedy with one backtrack point. */
export function matches(pattern: string, target: string): boolean {
  const anchored = pattern.endsWith('$');
  const p = anchored ? pattern.slice(0, -1) : pattern;
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < target.length) {
    if (i < p.length && p[i] !== '*' && p[i] === target[j]) {
      i++;
      j++;
    } else if (i < p.length && p[i] === '*') {
      star = i++;
      mark = j;
    } else if (i === p.length && !anchored) {
      return true;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else {
      return false;
    }
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}
