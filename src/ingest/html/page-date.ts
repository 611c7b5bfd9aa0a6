/**
 * Where a page shows its date when its metadata does not: `datePublished` in
 * JSON-LD that is not typed as an article or does not parse, elements marked
 * `itemprop="datePublished"`, and the element a page marks as its date by its
 * class or id ("entry-date", "article-date-time", "fecha"…). Elements in
 * navigation, footers and asides are skipped (they carry today's date or other
 * stories'); a date inside the article or main element beats one outside.
 */
import { formatDate } from '../../core/datetime.js';
import type { Span } from '../../core/span.js';
import { attr, attrValueSpan, textContent, type HtmlDocument, type HtmlElement, type HtmlNode } from './dom.js';
import { findLooseDate, type NumericOrder } from './loose-date.js';

export interface Sourced {
  value: string;
  span?: Span;
}

/** Every `"datePublished": "…"` written in a JSON-LD block, whatever the object's type. */
export function jsonLdDatePublished(raw: string, offset: number): Sourced | undefined {
  const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(raw);
  if (!m) return undefined;
  const start = offset + m.index + m[0].length - 1 - m[1]!.length;
  return { value: m[1]!, span: { start, end: start + m[1]!.length } };
}

/** Whether microdata marks the element as holding the publication date. */
export function isItempropDatePublished(el: HtmlElement): boolean {
  return /\bdatePublished\b/i.test(attr(el, 'itemprop') ?? '');
}

/** The publication date a microdata element holds, in an attribute or written in its text. */
export function itempropDate(el: HtmlElement, source: string, order: NumericOrder): Sourced | undefined {
  for (const name of ['content', 'datetime']) {
    const v = attr(el, name)?.trim();
    if (v) return sourced(v, attrValueSpan(el, name, source));
  }
  return textDate(el, source, order);
}

const DATE_MARK = /(?:^|[-_\s])(?:date|dates|time|datetime|timestamp|published|publish|pubdate|posted|postdate|dateline|created|fecha|datum|data|zeit)(?:$|[-_\s])/i;
const DATE_MARK_JOINED = /(?:date|published|pubdate|posted|timestamp|fecha|datum)/i;
const SKIPPED_REGIONS = new Set(['nav', 'footer', 'aside', 'script', 'style', 'noscript', 'template', 'select']);
const MAIN_REGIONS = new Set(['article', 'main']);
/** Class words of widgets that carry some other date than the article's. */
const NOT_PUBLICATION = /comment|reply|related|sidebar|widget|footer|weather|calendar|archive|ago|joindate|birth|modified|updated|event|expire|copyright/i;

/** The page's own date from the element its class or id marks as a date; a date in the article beats one outside. */
export function markedElementDate(tree: HtmlDocument, source: string, order: NumericOrder): Sourced | undefined {
  let outside: Sourced | undefined;
  const visit = (node: HtmlNode, inMain: boolean): Sourced | undefined => {
    for (const child of 'childNodes' in node ? node.childNodes : []) {
      if (!('tagName' in child)) continue;
      const el = child as HtmlElement;
      if (SKIPPED_REGIONS.has(el.tagName)) continue;
      const mark = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
      const here = inMain || MAIN_REGIONS.has(el.tagName) || /(?:^|\s)(?:article|post|entry|story)(?:$|[-_\s])/i.test(mark);
      if (isDateMarked(mark)) {
        const found = dateIn(el, source, order);
        if (found) {
          if (here) return found;
          outside ??= found;
          continue;
        }
      }
      const deeper = visit(el, here);
      if (deeper) return deeper;
    }
    return undefined;
  };
  return visit(tree, false) ?? outside;
}

function isDateMarked(mark: string): boolean {
  if (NOT_PUBLICATION.test(mark)) return false;
  return DATE_MARK.test(mark) || mark.split(/\s+/).some((w) => DATE_MARK_JOINED.test(w) && !/update/i.test(w));
}

function dateIn(el: HtmlElement, source: string, order: NumericOrder): Sourced | undefined {
  for (const name of ['datetime', 'content', 'title', 'data-date', 'data-time']) {
    const v = attr(el, name);
    const found = v ? findLooseDate(v, order) : null;
    if (!found) continue;
    const span = attrValueSpan(el, name, source);
    return sourced(formatDate(found.date), span && { start: span.start + found.index, end: span.start + found.index + found.length });
  }
  return textDate(el, source, order);
}

/** A date written in the element's (short) text, as YYYY-MM-DD with the span of what is written. */
function textDate(el: HtmlElement, source: string, order: NumericOrder): Sourced | undefined {
  const text = textContent(el);
  const found = text && text.length <= 120 ? findLooseDate(text, order) : null;
  if (!found) return undefined;
  const span = locate(el, text.slice(found.index, found.index + found.length), source);
  return sourced(formatDate(found.date), span);
}

/** Where the text is written verbatim inside the element (entities may make it differ: then nowhere). */
function locate(el: HtmlElement, text: string, source: string): Span | undefined {
  const loc = el.sourceCodeLocation;
  if (!loc) return undefined;
  const at = source.slice(loc.startOffset, loc.endOffset).indexOf(text);
  return at < 0 ? undefined : { start: loc.startOffset + at, end: loc.startOffset + at + text.length };
}

export function sourced(value: string, span: Span | undefined): Sourced {
  return span ? { value, span } : { value };
}
