/**
 * `tally serve` over a real socket, and its search page in Chromium: the API
 * answers over HTTP, the page opens with no console errors, its controls are
 * labelled and reachable by keyboard, the filters change the table, and
 * article text shows as text. A screenshot is kept under test-artifacts/.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, holdingFromInputs } from '../src/server/app.js';

const CHROMIUM = process.env['TALLY_CHROMIUM'] ?? '/usr/bin/chromium';
const ROOT = path.resolve(import.meta.dirname, '..');
let server: ServerType;
let base: string;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tally-serve-'));
  const hostile = path.join(dir, 'hostile.txt');
  writeFileSync(hostile, 'Officials <img src=x onerror="window.pwned=1"> said 700 <b>troops</b> were killed.');
  const holding = await holdingFromInputs(['examples/kursk-2025', hostile], ROOT);
  const app = createApp(holding, ROOT);
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/`);
  await page.waitForFunction(() => document.querySelectorAll('#claims tbody tr').length > 0);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const rows = () => page.locator('#claims tbody tr');

describe('tally serve', () => {
  it('answers the API over a socket', async () => {
    const res = await fetch(`${base}/api/v1/claims?measure=killed&status=conflict`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number };
    expect(body.total).toBe(3);
  });

  it('opens its page with no console errors, every figure listed, and a screenshot kept', async () => {
    expect(errors).toEqual([]);
    const total = ((await (await fetch(`${base}/api/v1/claims`)).json()) as { total: number }).total;
    await expect(rows().count()).resolves.toBe(total);
    mkdirSync(path.join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-artifacts/serve.png'), fullPage: true });
  });

  it('narrows the table with its filters, each control found by its label', async () => {
    await page.getByLabel('Measure').selectOption('killed');
    await expect.poll(() => rows().count()).toBe(3);
    await page.getByLabel('Claimant').fill('South Korea');
    await page.getByLabel('Claimant').press('Enter');
    await expect.poll(() => rows().count()).toBe(1);
    await expect(rows().first().locator('td').first().textContent()).resolves.toBe('Around 600');
    await page.getByLabel('Claimant').fill('');
    await page.getByLabel('Measure').selectOption('');
    await page.getByLabel('Words').fill('Kursk');
    await page.getByLabel('Words').press('Enter');
    await expect.poll(() => rows().count()).toBeGreaterThan(2);
  });

  it('can be used with the keyboard alone', async () => {
    await page.getByLabel('Words').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-measure');
  });

  it('shows article text as text, in the table and in the report view', async () => {
    await page.getByLabel('Words').fill('700');
    await page.getByLabel('Words').press('Enter');
    await expect.poll(() => rows().allTextContents()).toEqual([expect.stringContaining('700')]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('#claims img, #claims b').count()).toBe(0);
    await page.goto(`${base}/report`);
    await expect(page.locator('#documents').textContent()).resolves.toContain('Officials <img src=x onerror="window.pwned=1"> said 700 <b>troops</b> were killed.');
    expect(await page.locator('#documents img, #documents b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('runs under its Content-Security-Policy: the report draws its charts from the served scripts, and nothing is refused', async () => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const res = await page.goto(`${base}/report`);
    expect(res!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForFunction(() => document.querySelectorAll('svg').length > 0);
    await page.goto(`${base}/`);
    await page.waitForFunction(() => document.querySelectorAll('#claims tbody tr').length > 0);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
