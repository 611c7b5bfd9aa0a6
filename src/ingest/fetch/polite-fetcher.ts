/**
 * Fetching pages the way a good citizen of the web does: robots.txt obeyed
 * (fetched once per site), one request at a time per host with a pause
 * between them (the site's Crawl-delay when longer), a User-Agent that says
 * who is asking, a timeout and a size limit on every response, redirects
 * followed by hand so each hop is checked too, and retries with exponential
 * back-off (Retry-After honoured) for the failures that may pass: network
 * errors, timeouts, 429 and 5xx. Every outcome is a value, never an exception.
 */
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type Robots } from './robots.js';

export interface FetchSettings {
  readonly userAgent: string;
  /** the product token robots.txt groups are matched against */
  readonly robotsToken: string;
  /** seconds between two requests to one host */
  readonly perHostSeconds: number;
  readonly timeoutSeconds: number;
  readonly maxBytes: number;
  readonly retries: number;
  /** first back-off in seconds; doubled for each retry */
  readonly backoffSeconds: number;
  /** the longest Retry-After honoured, in seconds */
  readonly maxRetryAfterSeconds: number;
}

export const DEFAULT_FETCH_SETTINGS: FetchSettings = {
  userAgent: 'Tally/0.1 (claims ledger for news reports; +https://github.com/tally-ledger/tally)',
  robotsToken: 'tally',
  perHostSeconds: 1,
  timeoutSeconds: 30,
  maxBytes: 10 * 1024 * 1024,
  retries: 3,
  backoffSeconds: 1,
  maxRetryAfterSeconds: 120,
};

export type FetchOutcome =
  | { readonly ok: true; readonly url: string; readonly finalUrl: string; readonly status: 200; readonly contentType: string; readonly bytes: Uint8Array; readonly etag?: string; readonly lastModified?: string }
  | { readonly ok: true; readonly url: string; readonly finalUrl: string; readonly status: 304 }
  | { readonly ok: false; readonly url: string; readonly rule: string; readonly reason: string };

const MAX_REDIRECTS = 5;

export class PoliteFetcher {
  private readonly robots = new Map<string, Promise<Robots>>();
  /** per host: when the next request may start, and the chain of requests waiting for it */
  private readonly hosts = new Map<string, { next: number; turn: Promise<void> }>();

  constructor(private readonly settings: FetchSettings = DEFAULT_FETCH_SETTINGS) {}

  /** GET a page; `validators` make it a conditional request (304 when unchanged). */
  async get(url: string, validators: { etag?: string; lastModified?: string } = {}): Promise<FetchOutcome> {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      return { ok: false, url, rule: 'fetch/url', reason: 'not a URL' };
    }
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') return { ok: false, url, rule: 'fetch/url', reason: `not an http(s) URL: ${current.href}` };
      const robots = await this.robotsFor(current);
      if (!robots.allows(current.pathname + current.search)) return { ok: false, url, rule: 'fetch/robots', reason: `robots.txt of ${current.host} disallows ${current.pathname}` };
      const headers: Record<string, string> = { 'user-agent': this.settings.userAgent, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,*/*;q=0.1' };
      if (hop === 0 && validators.etag) headers['if-none-match'] = validators.etag;
      if (hop === 0 && validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const res = await this.withRetries(current, headers, robots.crawlDelay);
      if ('failure' in res) return { ok: false, url, ...res.failure };
      const { response } = res;
      if ([301, 302, 303, 307, 308].includes(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) return { ok: false, url, rule: 'fetch/http', reason: `HTTP ${response.status} without a Location` };
        current = new URL(location, current);
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { ok: true, url, finalUrl: current.href, status: 304 };
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        return { ok: false, url, rule: 'fetch/http', reason: `HTTP ${response.status} ${response.statusText}`.trim() };
      }
      const body = await this.readLimited(response);
      if ('failure' in body) return { ok: false, url, ...body.failure };
      const etag = response.headers.get('etag');
      const lastModified = response.headers.get('last-modified');
      return {
        ok: true, url, finalUrl: current.href, status: 200, contentType: response.headers.get('content-type') ?? '', bytes: body.bytes,
        ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}),
      };
    }
    return { ok: false, url, rule: 'fetch/http', reason: `more than ${MAX_REDIRECTS} redirects` };
  }

  private robotsFor(url: URL): Promise<Robots> {
    let robots = this.robots.get(url.origin);
    if (!robots) {
      robots = this.loadRobots(url);
      this.robots.set(url.origin, robots);
    }
    return robots;
  }

  /** RFC 9309: a robots.txt that is missing (4xx) allows everything; one that cannot be read (5xx, network) allows nothing. */
  private async loadRobots(url: URL): Promise<Robots> {
    const res = await this.withRetries(new URL('/robots.txt', url), { 'user-agent': this.settings.userAgent }, undefined);
    if ('failure' in res) return DISALLOW_ALL;
    const { response } = res;
    if (response.status >= 400 && response.status < 500) {
      await response.body?.cancel();
      return ALLOW_ALL;
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      return response.status >= 300 && response.status < 400 ? ALLOW_ALL : DISALLOW_ALL;
    }
    const body = await this.readLimited(response, 512 * 1024);
    return 'failure' in body ? DISALLOW_ALL : parseRobots(new TextDecoder().decode(body.bytes), this.settings.robotsToken);
  }

  private async withRetries(url: URL, headers: Record<string, string>, crawlDelay: number | undefined): Promise<{ response: Response } | { failure: { rule: string; reason: string } }> {
    let failure = { rule: 'fetch/network', reason: 'not tried' };
    for (let attempt = 0; attempt <= this.settings.retries; attempt++) {
      await this.turn(url.host, crawlDelay);
      let wait = this.settings.backoffSeconds * 2 ** attempt;
      try {
        const response = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(this.settings.timeoutSeconds * 1000) });
        if (response.status !== 429 && response.status < 500) return { response };
        await response.body?.cancel();
        failure = { rule: 'fetch/http', reason: `HTTP ${response.status} ${response.statusText}`.trim() };
        const after = retryAfterSeconds(response.headers.get('retry-after'));
        if (after !== undefined) {
          if (after > this.settings.maxRetryAfterSeconds) return { failure: { ...failure, reason: `${failure.reason}; the site asks to wait ${after} s` } };
          wait = Math.max(wait, after);
        }
      } catch (e) {
        const err = e as Error & { cause?: { code?: string } };
        failure = err.name === 'TimeoutError'
          ? { rule: 'fetch/timeout', reason: `no complete answer within ${this.settings.timeoutSeconds} s` }
          : { rule: 'fetch/network', reason: err.cause?.code ?? err.message };
      }
      if (attempt < this.settings.retries) await sleep(wait * 1000);
    }
    return { failure: { ...failure, reason: `${failure.reason} (after ${this.settings.retries + 1} tries)` } };
  }

  /** Waits for this host's turn: requests to one host go one after another, `perHostSeconds` (or the Crawl-delay) apart. */
  private async turn(host: string, crawlDelay: number | undefined): Promise<void> {
    const gap = Math.max(this.settings.perHostSeconds, crawlDelay ?? 0) * 1000;
    const state = this.hosts.get(host) ?? { next: 0, turn: Promise.resolve() };
    this.hosts.set(host, state);
    const mine = state.turn.then(async () => {
      // a timer set while the event loop was busy can fire a little early: the pause is checked again, not trusted
      for (let wait = state.next - Date.now(); wait > 0; wait = state.next - Date.now()) await sleep(wait);
      state.next = Date.now() + gap;
    });
    state.turn = mine;
    await mine;
  }

  private async readLimited(response: Response, limit = this.settings.maxBytes): Promise<{ bytes: Uint8Array } | { failure: { rule: string; reason: string } }> {
    const declared = Number(response.headers.get('content-length'));
    const tooLarge = { failure: { rule: 'fetch/too-large', reason: `larger than the ${Math.round(limit / 1024)} KB limit` } };
    if (Number.isFinite(declared) && declared > limit) {
      await response.body?.cancel();
      return tooLarge;
    }
    if (!response.body) return { bytes: new Uint8Array() };
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body.getReader();
    try {
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        size += r.value.byteLength;
        if (size > limit) {
          await reader.cancel().catch(() => undefined);
          return tooLarge;
        }
        chunks.push(r.value);
      }
    } catch (e) {
      const err = e as Error;
      return { failure: err.name === 'TimeoutError' ? { rule: 'fetch/timeout', reason: `no complete answer within ${this.settings.timeoutSeconds} s` } : { rule: 'fetch/network', reason: `the answer broke off: ${err.message}` } };
    }
    return { bytes: Buffer.concat(chunks) };
  }
}

function retryAfterSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - Date.now()) / 1000);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
