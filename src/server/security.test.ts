/**
 * What the server lets through: strict headers on every answer, no inline
 * script in its pages, only its own fixed files under /assets whatever the
 * path says, and no change to what it holds unless adding was turned on.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp, holdingFromInputs, type Holding } from './app.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let holding: Holding;

beforeAll(async () => {
  holding = await holdingFromInputs(['examples/kursk-2025'], ROOT);
});

describe('the server', () => {
  it('sends a Content-Security-Policy that runs only its own scripts, on every answer, and pages without inline script or handlers', async () => {
    const app = createApp(holding, ROOT);
    for (const url of ['/', '/report', '/api/v1/documents', '/assets/ui.js', '/no/such/page']) {
      const res = await app.request(url);
      expect(res.headers.get('content-security-policy'), url).toMatch(/default-src 'none'.*script-src 'self'(;|$)/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
    for (const url of ['/', '/report']) {
      const html = await (await app.request(url)).text();
      // every <script> either loads a file of the server's or is a JSON data block, which is never run
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, url).toMatch(/^<script (src="\/assets\/[a-z0-9.]+"|type="application\/json")/);
      expect(html, url).not.toMatch(/\son[a-z]+\s*=/i);
    }
    const ui = await app.request('/assets/ui.js');
    expect(ui.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await ui.text()).toContain("fetch('/api/v1/claims?'");
    expect((await app.request('/assets/plot.js')).status).toBe(200);
  });

  it('serves no file but its own, whatever the path says', async () => {
    const app = createApp(holding, ROOT);
    const attempts = [
      '/assets/../package.json', '/assets/..%2fpackage.json', '/assets/%2e%2e%2fpackage.json', '/assets/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%5c..%5cpackage.json', '/assets/%252e%252e%252fpackage.json', '/assets/....//package.json', '/assets/constructor',
      '/assets/__proto__', '/assets/toString', '/..%2f..%2fetc%2fpasswd', '/report/..%2f..%2fpackage.json',
      '/api/v1/documents/..%2f..%2fpackage.json', '/api/v1/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd',
    ];
    for (const url of attempts) {
      const res = await app.request(url);
      const body = await res.text();
      expect([404, 400], url).toContain(res.status);
      expect(body, url).not.toMatch(/"name": "tally"|root:x:0:0/);
    }
  });

  it('is read-only unless adding was turned on', async () => {
    const readOnly = createApp(holding, ROOT);
    const post = (app: ReturnType<typeof createApp>) => app.request('/api/v1/sources', { method: 'POST', body: JSON.stringify({ path: 'test/fixtures' }), headers: { 'content-type': 'application/json' } });
    const before = (await (await readOnly.request('/api/v1/documents')).json()) as { total: number };
    const refused = await post(readOnly);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'adding reports is off: start tally serve with --allow-add' });
    expect(await (await readOnly.request('/')).text()).not.toContain('id="add"');
    expect(await (await readOnly.request('/api/v1/documents')).json()).toMatchObject({ total: before.total });
    for (const method of ['PUT', 'DELETE', 'PATCH']) expect([404, 405], method).toContain((await readOnly.request('/api/v1/documents', { method })).status);

    const writable = createApp(await holdingFromInputs(['examples/kursk-2025'], ROOT), ROOT, { allowAdd: true });
    expect(await (await writable.request('/')).text()).toContain('id="add"');
    expect((await post(writable)).status).toBe(200);
  });
});
