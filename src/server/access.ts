/**
 * Who may use a server: anyone on this machine when it listens on loopback
 * only; with a token (`TALLY_TOKEN`), only requests that carry it, as
 * `Authorization: Bearer <token>` or in the `tally_token` cookie that
 * opening `/?token=<token>` once sets. Tokens are compared in constant time
 * (their SHA-256 digests, so not even the length leaks).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

const COOKIE = 'tally_token';

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

export function sameToken(given: string | undefined, token: string): boolean {
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}

/** Lets through only requests that carry the token; a browser that opens a page with `?token=` gets it as a cookie. */
export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    const query = c.req.query('token');
    if (query !== undefined && sameToken(query, token)) {
      setCookie(c, COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      const url = new URL(c.req.url);
      url.searchParams.delete('token');
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S.*)$/i)?.[1];
    if (sameToken(bearer, token) || sameToken(getCookie(c, COOKIE), token)) return next();
    return c.req.path.startsWith('/api/') ? c.json({ error: 'this server needs its token: Authorization: Bearer <token>' }, 401) : c.text('This server needs its token: open it as /?token=<token>', 401);
  };
}
