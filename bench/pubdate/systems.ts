/**
 * The systems compared: Tally (the page loaded and analysed as `tally` does;
 * an inferred lower bound is not a publication date and counts as none) and
 * Readability.js 0.6.0's `publishedTime` on a jsdom document.
 */
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { documentFromBytes } from '../../src/ingest/load.js';
import { defaultConfiguration } from '../../src/pipeline/configuration.js';
import { processDoc } from '../../src/pipeline/process-doc.js';
import type { DatedPage } from './pages.js';

export type DateSystem = (page: DatedPage) => Promise<string | null>;

const config = defaultConfiguration();

export const tallyDate: DateSystem = async (page) => {
  const doc = documentFromBytes(await readFile(page.file), { id: page.id, input: page.file, ext: path.extname(page.file).toLowerCase() });
  processDoc(doc, config);
  const published = doc.meta.published;
  return published && published.basis !== 'inferred' ? published.value.slice(0, 10) : null;
};

export const readabilityDate: DateSystem = async (page) => {
  const html = readFileSync(page.file, 'utf8');
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { ...(page.url ? { url: page.url } : {}), virtualConsole });
  try {
    const article = new Readability(dom.window.document).parse();
    const published = article?.publishedTime;
    return published ? dayOf(published) : null;
  } catch {
    return null;
  } finally {
    dom.window.close();
  }
};

/** The day as the page writes it (the local date, not converted to UTC). */
function dayOf(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
