/**
 * Headers on every answer of `tally serve`: a Content-Security-Policy that runs
 * only the server's own script files (no inline script, no inline event
 * handler, no eval), fetches only from the server, and lets no other site
 * frame the pages; and the usual companions. Inline styles are allowed: the
 * charting library writes <style> elements into its SVG, and all article text
 * is escaped, so there is no markup of the reports' to style.
 */
import type { MiddlewareHandler } from 'hono';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  };
}
