/**
 * report.html in a real browser (Debian's Chromium driven by playwright-core;
 * `.ci/run` installs it; TALLY_CHROMIUM names another binary): the page opens
 * with no console errors, the killed and casualties conflicts are drawn with
 * one mark per figure and each claimant in the legend, a click on a figure
 * lands on its marked sentence, article text cannot run script, and a
 * screenshot of the report is kept under test-artifacts/ (not compared).
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/analyze.js';
import { renderHtmlReport } from '../src/report/html/report.js';
import { reportTexts } from '../src/report/html/texts.js';

const CHROMIUM = process.env['TALLY_CHROMIUM'] ?? '/usr/bin/chromium';
const ROOT = path.resolve(import.meta.dirname, '..');
let browser: Browser;
let dir: string;

async function reportFile(inputs: string[], name: string): Promise<string> {
  const result = await analyze(inputs, { cwd: ROOT });
  const file = path.join(dir, name);
  writeFileSync(file, await renderHtmlReport(result.ledger, reportTexts(result.docs)));
  return pathToFileURL(file).href;
}

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('figure[data-chart] svg');
  return { page, errors };
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set TALLY_CHROMIUM`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  dir = mkdtempSync(path.join(tmpdir(), 'tally-report-'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('report.html of the sample corpus in Chromium', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await open(await reportFile(['examples/kursk-2025'], 'kursk.html')));
  }, 60_000);

  it('opens with no console errors, and a screenshot is kept', async () => {
    expect(errors).toEqual([]);
    mkdirSync(path.join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-artifacts/report.png'), fullPage: true });
  });

  it('draws the killed and casualties conflicts, one linked mark per figure, each claimant named in the legend', async () => {
    for (const [title, marks, claimants] of [
      ['killed', 3, ['South Korea', 'United Kingdom', 'the West']],
      ['casualties', 4, ['North Korea', 'South Korea', 'Ukraine', 'South Korea + Ukraine + United States']],
    ] as const) {
      const section = page.locator('section[aria-labelledby]').filter({ has: page.locator(`h3:text-matches("^${title}:")`) });
      await expect(section.locator('.status').textContent()).resolves.toBe('conflict');
      expect(await section.locator('figure[data-chart] svg a').count()).toBe(marks);
      const legend = await section.locator('figure[data-chart] [class$="-swatch"]').allTextContents();
      expect([...legend].sort()).toEqual([...claimants].sort());
      // a claimant is told by its shape too, not by colour alone
      const shapes = await section.locator('figure[data-chart] svg a path').evaluateAll((paths) => new Set(paths.map((p) => p.getAttribute('d'))).size);
      expect(shapes).toBeGreaterThan(1);
    }
  });

  it('a click on a figure in a chart lands on its sentence, outlined', async () => {
    const mark = page.locator('figure[data-chart] svg a').first();
    const target = (await mark.getAttribute('href')) ?? (await mark.getAttribute('xlink:href'));
    expect(target).toMatch(/^#c-/);
    await mark.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
    const figure = page.locator(target!);
    await expect(figure.evaluate((el) => el.matches(':target') && el.classList.contains('figure'))).resolves.toBe(true);
    const box = await figure.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
  });

  it('can be read with the keyboard: the tables\' figure links take the focus in turn', async () => {
    await page.locator('table a').first().focus();
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Tab');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toMatch(/^#c-/);
    expect(second).toMatch(/^#c-/);
    expect(second).not.toBe(first);
  });
});

describe('a report whose article holds markup', () => {
  it('shows the markup as text and runs none of it', async () => {
    const input = path.join(dir, 'hostile.txt');
    writeFileSync(input, 'Officials said <script>window.pwned = 1</script> that 600 troops were killed. <img src=x onerror="window.pwned = 2"> Another 6,000 were killed, the ministry said.');
    const { page, errors } = await open(await reportFile([input], 'hostile.html'));
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('#documents .text').textContent()).toContain('<script>window.pwned = 1</script>');
    expect(await page.locator('#documents img').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
