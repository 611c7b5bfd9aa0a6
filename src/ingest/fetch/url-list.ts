/**
 * What `tally fetch` is given → the URLs to fetch: URLs named on the command
 * line, URL lists (one per line; blank lines and `#` comments skipped; the
 * first word of a line is its URL), and feeds (their items' links). Lines that
 * are not http(s) URLs are problems, reported with their line number.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { feedLinks, looksLikeFeed } from '../containers/feed.js';

export interface UrlProblem {
  readonly input: string;
  readonly rule: string;
  readonly reason: string;
}

export async function urlsFrom(args: readonly string[], cwd: string): Promise<{ urls: string[]; problems: UrlProblem[] }> {
  const urls: string[] = [];
  const problems: UrlProblem[] = [];
  const seen = new Set<string>();
  const add = (u: string) => {
    if (!seen.has(u)) {
      seen.add(u);
      urls.push(u);
    }
  };
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) {
      const u = httpUrl(arg);
      if (u) add(u);
      else problems.push({ input: arg, rule: 'fetch/url', reason: 'not a valid URL' });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(path.resolve(cwd, arg));
    } catch (e) {
      problems.push({ input: arg, rule: 'fetch/list', reason: (e as Error).message });
      continue;
    }
    if (looksLikeFeed(bytes)) {
      const feed = feedLinks(bytes);
      if ('rule' in feed) problems.push({ input: arg, rule: feed.rule, reason: feed.reason });
      else for (const link of feed.links) {
        const u = httpUrl(link);
        if (u) add(u);
        else problems.push({ input: arg, rule: 'fetch/url', reason: `an item's link is not an http(s) URL: ${link}` });
      }
      continue;
    }
    bytes.toString('utf8').split(/\r?\n/).forEach((line, i) => {
      const word = line.replace(/#.*/, '').trim().split(/\s+/)[0];
      if (!word) return;
      const u = httpUrl(word);
      if (u) add(u);
      else problems.push({ input: `${arg}:${i + 1}`, rule: 'fetch/url', reason: `not an http(s) URL: ${word.slice(0, 200)}` });
    });
  }
  return { urls, problems };
}

function httpUrl(text: string): string | null {
  try {
    const u = new URL(text);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}
