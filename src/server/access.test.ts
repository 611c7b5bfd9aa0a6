import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-support/cli.js';
import { isLoopback, sameToken } from './access.js';
import { createApp, holdingFromInputs, type Holding } from './app.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TOKEN = 's3cret-token-for-tests';
let holding: Holding;

beforeAll(async () => {
  holding = await holdingFromInputs(['examples/kursk-2025'], ROOT);
});

describe('who may use the server', () => {
  it('with a token, lets in only requests that carry it, by header or by the cookie a first visit with ?token= sets', async () => {
    const app = createApp(holding, ROOT, { token: TOKEN });
    expect((await app.request('/api/v1/documents')).status).toBe(401);
    expect((await app.request('/api/v1/documents', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await app.request('/api/v1/documents', { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await app.request('/')).status).toBe(401);
    expect((await app.request('/?token=wrong')).status).toBe(401);
    const first = await app.request(`/report?token=${TOKEN}`);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/report');
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/tally_token=.*HttpOnly.*SameSite=Strict/i);
    const page = await app.request('/report', { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
  });

  it('without a token, answers as before', async () => {
    expect((await createApp(holding, ROOT, { allowAdd: true }).request('/api/v1/documents')).status).toBe(200);
  });

  it('reads no request body above its limit', async () => {
    const app = createApp(holding, ROOT, { allowAdd: true });
    const res = await app.request('/api/v1/sources', { method: 'POST', body: JSON.stringify({ path: 'x'.repeat(20_000) }), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(413);
  });

  it('refuses to listen beyond this machine without a token', async () => {
    const saved = process.env.TALLY_TOKEN;
    delete process.env.TALLY_TOKEN;
    try {
      const run = await runCli(['serve', 'examples/kursk-2025', '--host', '0.0.0.0'], ROOT);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/set TALLY_TOKEN/);
    } finally {
      if (saved !== undefined) process.env.TALLY_TOKEN = saved;
    }
    expect(['127.0.0.1', '127.1.2.3', '::1', 'localhost'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '192.168.1.10', '::', 'example.org'].some(isLoopback)).toBe(false);
    expect(sameToken(TOKEN, TOKEN)).toBe(true);
    expect(sameToken(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(sameToken(undefined, TOKEN)).toBe(false);
  });
});
