import { describe, expect, it } from 'vitest';
import { matches, parseRobots } from './robots.js';

describe('robots.txt', () => {
  it('uses the group naming our product token, else the * group', () => {
    const text = 'User-agent: *\nDisallow: /\n\nUser-agent: Tally\nUser-agent: other\nDisallow: /private/\nCrawl-delay: 5\n';
    const mine = parseRobots(text, 'tally');
    expect(mine.allows('/news/a')).toBe(true);
    expect(mine.allows('/private/x')).toBe(false);
    expect(mine.crawlDelay).toBe(5);
    const theirs = parseRobots(text, 'somebot');
    expect(theirs.allows('/news/a')).toBe(false);
    expect(theirs.crawlDelay).toBeUndefined();
  });

  it('lets the longest rule win, Allow on a tie, and reads * and $', () => {
    const r = parseRobots('User-agent: *\nDisallow: /news/\nAllow: /news/public\nDisallow: /*.pdf$\nDisallow: /tmp*/x\nAllow: /same\nDisallow: /same\n# Disallow: /commented\n', 'tally');
    expect(r.allows('/news/private')).toBe(false);
    expect(r.allows('/news/public/a')).toBe(true);
    expect(r.allows('/files/report.pdf')).toBe(false);
    expect(r.allows('/files/report.pdf?download=1')).toBe(true);
    expect(r.allows('/tmp123/x/y')).toBe(false);
    expect(r.allows('/same')).toBe(true);
    expect(r.allows('/commented')).toBe(true);
  });

  it('allows everything when there are no rules or an empty Disallow', () => {
    expect(parseRobots('', 'tally').allows('/x')).toBe(true);
    expect(parseRobots('User-agent: *\nDisallow:\n', 'tally').allows('/x')).toBe(true);
  });

  it('matches wildcard patterns without backtracking blow-up', () => {
    expect(matches('/a*b*c*d$', '/a-b-c-d')).toBe(true);
    expect(matches('/a*b*c*d$', '/a-b-c-d-e')).toBe(false);
    const started = performance.now();
    expect(matches(`/${'*a'.repeat(50)}$`, `/${'a'.repeat(20000)}b`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
