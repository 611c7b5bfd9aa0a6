import { beforeAll, describe, expect, it } from 'vitest';
import { createDoc } from '../../core/doc.js';
import { buildLedger } from '../../ledger/build.js';
import { defaultConfiguration } from '../../pipeline/configuration.js';
import { processDoc } from '../../pipeline/process-doc.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { markedText } from './marked-text.js';
import { anchorOf, renderHtmlReport } from './report.js';
import { reportTexts } from './texts.js';

const HOSTILE = 'Officials said <script>window.pwned = 1</script> that 600 troops were killed. <img src=x onerror="window.pwned = 2"> "We will not stop," he said. </script><!--';

function report(...sources: string[]): Promise<string> {
  const analyses = sources.map((source, i) => processDoc(createDoc({ id: `d${i}`, input: `d${i}.txt`, kind: 'text', sha256: '', encoding: 'utf-8', source }), defaultConfiguration()));
  return renderHtmlReport(buildLedger(analyses), reportTexts(analyses.map((a) => a.doc)));
}

describe('escaping', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
  });

  it('keeps JSON inside a script element from closing it', () => {
    const json = jsonForScript({ text: '</script><!-- \u2028' });
    expect(json).not.toContain('</script');
    expect(json).not.toContain('<!--');
    expect(JSON.parse(json)).toEqual({ text: '</script><!-- \u2028' });
  });

  it('renders an article holding script tags and event attributes as text only', async () => {
    const html = await report(HOSTILE);
    const body = html.slice(0, html.indexOf('<script type="application/json"'));
    expect(body).not.toMatch(/<script|<img|onerror="/i);
    expect(body).toContain('&lt;script&gt;window.pwned = ');
    expect(body).toContain('&lt;/script&gt;&lt;!--');
    expect(body).toContain('onerror=&quot;window.pwned = ');
  });
});

describe('markedText', () => {
  it('nests overlapping marks and puts each id on its first piece', () => {
    const text = 'He said "600 were killed" on Monday.';
    const html = markedText(text, [
      { span: { start: 9, end: 24 }, kind: 'quote', id: 'q1' },
      { span: { start: 9, end: 12 }, kind: 'figure', id: 'c1' },
      { span: { start: 29, end: 35 }, kind: 'date' },
    ]);
    expect(html).toBe('He said &quot;<span class="quote" id="q1"><span class="figure" id="c1">600</span></span><span class="quote"> were killed</span>&quot; on <span class="date">Monday</span>.');
    expect(html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"')).toBe(text);
  });
});

describe('renderHtmlReport', () => {
  let html: string;
  beforeAll(async () => {
    html = await report(
      'Seoul said about 600 North Korean soldiers were killed in Kursk.',
      'The British defence ministry said some 6,000 North Korean soldiers were killed in Kursk. "They fought hard," said Kim Jong Un.',
    );
  });

  it('is one page with its data, the charting library and the script inlined, and no outside resource', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=["']?https?:/i);
    expect(html).toContain('id="tally-data"');
    expect(html).toContain('Plot.plot(');
  });

  it('links every figure of a compared group to its marked sentence', () => {
    const data = JSON.parse(/<script type="application\/json" id="tally-data">(.*?)<\/script>/s.exec(html)![1]!) as { groups: { rows: { anchor: string }[] }[] };
    expect(data.groups).toHaveLength(1);
    for (const row of data.groups[0]!.rows) {
      expect(html).toContain(`href="#${row.anchor}"`);
      expect(html).toContain(`class="figure" id="${row.anchor}"`);
    }
    expect(anchorOf('c', 'd0:c1')).toBe('c-d0-c1');
  });
});

describe('a page whose texts are read as it is written', () => {
  it('asks for a few reports at a time, in the ledger order, only those analysed, and writes the page the held texts give', async () => {
    // 450 reports, one of them left empty (it fails, so has no text to read)
    const sources = Array.from({ length: 450 }, (_, i) => (i === 7 ? '   ' : `Officials said ${i + 1} soldiers were killed near the border on Monday.`));
    const analyses = sources.map((source, i) => processDoc(createDoc({ id: `d${i}`, input: `d${i}.txt`, kind: 'text', sha256: '', encoding: 'utf-8', source }), defaultConfiguration()));
    const ledger = buildLedger(analyses);
    const held = reportTexts(analyses.map((a) => a.doc));
    const asked: string[][] = [];
    const page = await renderHtmlReport(ledger, async (ids) => {
      asked.push([...ids]);
      return new Map(ids.map((id) => [id, held.get(id)!]));
    });
    expect(asked.length).toBeGreaterThan(1);
    for (const ids of asked) expect(ids.length).toBeLessThanOrEqual(200);
    expect(asked.flat()).toEqual(ledger.documents.filter((d) => d.status !== 'failed').map((d) => d.id));
    expect(asked.flat()).not.toContain('d7');
    expect(page).toBe(await renderHtmlReport(ledger, held));
    expect(page).toContain('<article id="doc-d449">');
  });
});
