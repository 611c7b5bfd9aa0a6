/**
 * The article body of an HTML page as text, with an offset map into the raw
 * HTML: the element that holds the article (an <article>, an articleBody, a
 * <main>, or else the element with most paragraph text), its text with entities
 * decoded and whitespace collapsed, a blank line between blocks, and page
 * furniture (navigation, asides, figures, share and related-story boxes) left
 * out with a message.
 */
import { decodeHTML } from 'entities';
import type { OffsetMap } from '../../core/offset-map.js';
import type { Span } from '../../core/span.js';
import { TextBuilder } from '../../core/text-builder.js';
import { attr, childrenOf, elements, innerSpan, isElement, isText, textContent, type HtmlDocument, type HtmlElement, type HtmlNode, type HtmlText } from './dom.js';

export interface Removal {
  readonly rule: string;
  readonly reason: string;
  readonly span: Span;
}

export interface HtmlBody {
  readonly text: string;
  readonly map: OffsetMap;
  readonly headings: Span[];
  readonly title?: Span;
  readonly removed: Removal[];
}

const SKIP = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'aside', 'form', 'button', 'select', 'input', 'textarea',
  'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'picture', 'img', 'figure', 'footer', 'dialog', 'menu', 'link', 'meta',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre',
  'table', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'figcaption', 'address', 'hr', 'center', 'details', 'summary', 'body', 'caption',
]);
const HEADING = /^h[1-6]$/;
const FURNITURE =
  /(?:^|[\s_-])(?:related|newsletter|share|sharing|social|promo|advert|advertisement|ad-slot|ad-container|subscribe|subscription|paywall-(?:prompt|notice|banner|message|modal)|breadcrumbs?|comments?|author-bio|tags|more-stories|recommended|read-more|signup|sign-up|outbrain|taboola|trending|most-?popular|promotion|gallery|slideshow|carousel|footer|action-?bar|caption)(?:$|[\s_-])/i;
const ARTICLE_CONTAINER = /(?:^|[\s_-])(?:article|story|post|entry|content)[-_]?(?:body|content|text)(?:$|[\s_-])/i;
const HTML_SPACE = /^[ \t\n\r\f]+$/;

export function extractBody(doc: HtmlDocument, source: string): HtmlBody {
  const wrappers = articleWrappers(doc);
  const root = chooseRoot(doc, wrappers);
  const out = new BodyWriter(source, wrappers);
  if (root) out.element(root, false);
  const { text, map } = out.builder.finish();
  const titleSpan = findTitle(out.headingElements);
  return { text, map, headings: out.headingElements.map((h) => h.span), ...(titleSpan ? { title: titleSpan } : {}), removed: out.removed };
}

/** The element that holds the article. */
export function chooseRoot(doc: HtmlDocument, wrappers: ReadonlySet<HtmlElement> = articleWrappers(doc)): HtmlElement | undefined {
  const body = [...elements(doc)].find((e) => e.tagName === 'body');
  if (!body) return undefined;
  const paragraphText = new Map<HtmlElement, number>();
  const candidates: HtmlElement[] = [];
  for (const el of elements(body)) {
    if (holdsArticle(el)) candidates.push(el);
    if (el.tagName === 'p' && !insideSkipped(el, wrappers)) {
      const len = textContent(el).length;
      const parent = el.parentNode;
      if (parent && isElement(parent as HtmlNode)) paragraphText.set(parent as HtmlElement, (paragraphText.get(parent as HtmlElement) ?? 0) + len);
    } else if (TEXT_BOXES.has(el.tagName)) {
      // pages that write paragraphs as text between <br>s in a <div>: its own long runs of text count as paragraphs
      const len = ownProse(el);
      if (len > 0 && !insideSkipped(el, wrappers) && !isFurniture(el, wrappers)) paragraphText.set(el, (paragraphText.get(el) ?? 0) + len);
    }
  }
  const total = [...paragraphText.values()].reduce((a, b) => a + b, 0);
  const score = (el: HtmlElement): number => {
    let s = 0;
    for (const [parent, len] of paragraphText) if (parent === el || contains(el, parent)) s += len;
    return s;
  };
  let best: HtmlElement | undefined;
  let bestScore = 0;
  for (const c of candidates) {
    const s = score(c);
    // a tighter container with (almost) the same text wins over its ancestor
    if (s > bestScore * 1.15 || (best && s >= bestScore * 0.85 && contains(best, c))) {
      best = c;
      bestScore = Math.max(s, bestScore);
    }
  }
  if (best && bestScore >= total * 0.5) return best;
  let densest: HtmlElement | undefined;
  let most = 0;
  let second = 0;
  for (const [parent, len] of paragraphText) {
    if (len > most) {
      second = most;
      most = len;
      densest = parent;
    } else if (len > second) second = len;
  }
  // most of the page's paragraph text, or far more than any other box holds (the rest is teasers of other stories)
  if (densest && (most >= total * 0.6 || (most >= total * DOMINANT_SHARE && most >= second * DOMINANT_RATIO))) return densest;
  return body;
}

/** Elements whose own text (not their children's) may be the article's paragraphs. */
const TEXT_BOXES = new Set(['div', 'section', 'article', 'td']);
/** A run of an element's own text this long, with a sentence's stop in it, is prose. */
const PROSE_RUN = 80;

/** The length of an element's own text runs that read as prose. */
function ownProse(el: HtmlElement): number {
  let n = 0;
  for (const child of childrenOf(el)) {
    if (!isText(child)) continue;
    const t = child.value.trim();
    if (t.length >= PROSE_RUN && /[.!?]["”’)]?(?:\s|$)/.test(t)) n += t.length;
  }
  return n;
}

/** How much text an element that says it holds the article must have for its ancestors to count as its wrappers. */
const WRAPPED_ARTICLE_TEXT = 1000;

/** A box of paragraphs this many times larger than the next, holding at least this share of them, is the article. */
const DOMINANT_RATIO = 3;
const DOMINANT_SHARE = 0.2;

function contains(ancestor: HtmlElement, el: HtmlElement): boolean {
  for (let n: HtmlNode | null = el.parentNode as HtmlNode | null; n; n = 'parentNode' in n ? (n.parentNode as HtmlNode | null) : null) {
    if (n === ancestor) return true;
  }
  return false;
}

function insideSkipped(el: HtmlElement, wrappers: ReadonlySet<HtmlElement>): boolean {
  for (let n: HtmlNode | null = el.parentNode as HtmlNode | null; n; n = 'parentNode' in n ? (n.parentNode as HtmlNode | null) : null) {
    if (isElement(n) && (SKIP.has(n.tagName) || isFurniture(n, wrappers))) return true;
  }
  return false;
}

/** An element that says it holds the article: <article>, <main>, role=main, articleBody, "article__body". */
function holdsArticle(el: HtmlElement): boolean {
  const cls = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
  return el.tagName === 'article' || el.tagName === 'main' || attr(el, 'role') === 'main' || /articleBody/i.test(attr(el, 'itemprop') ?? '') || ARTICLE_CONTAINER.test(cls);
}

/**
 * The ancestors of every element that says it holds the article: wrappers,
 * never furniture, whatever their classes say ("m-advertisement-off-canvas--pusher"
 * around the whole page).
 */
function articleWrappers(doc: HtmlDocument): Set<HtmlElement> {
  const out = new Set<HtmlElement>();
  for (const el of elements(doc)) {
    // a teaser card of another story is an <article> too, but a short one: its list stays furniture
    if (!holdsArticle(el) || textContent(el).length < WRAPPED_ARTICLE_TEXT) continue;
    for (let n: HtmlNode | null = el.parentNode as HtmlNode | null; n && isElement(n) && !out.has(n); n = n.parentNode as HtmlNode | null) out.add(n);
  }
  return out;
}

/**
 * Class names for text only screen readers get ("Opens in a new window"). A
 * plain "hidden" class is not read as hidden: pages hide the rest of an
 * article behind a "read more" toggle with it.
 */
const SCREEN_READER_ONLY = /(?:^|\s)(?:visually-hidden|sr-only|screen-reader-text)(?:$|\s)/;

function isHidden(el: HtmlElement): boolean {
  return attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, 'style') ?? '') || SCREEN_READER_ONLY.test(attr(el, 'class') ?? '');
}

/**
 * Page furniture by its class or role. An element that says it holds the
 * article (<article>, <main>, articleBody, "article__body"), or wraps one, is
 * never furniture, whatever else its classes say ("url-breadcrumb",
 * "paywall": the content behind the paywall).
 */
function isFurniture(el: HtmlElement, wrappers: ReadonlySet<HtmlElement>): boolean {
  if (el.tagName === 'body' || holdsArticle(el) || wrappers.has(el)) return false;
  // camelCase names split into words: "ArticlePage-contentFooter", "SocialBar"
  const cls = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1-$2');
  return FURNITURE.test(cls) || attr(el, 'role') === 'complementary' || attr(el, 'role') === 'navigation';
}

class BodyWriter {
  readonly builder: TextBuilder;
  readonly removed: Removal[] = [];
  readonly headingElements: { span: Span; text: string; level: number }[] = [];
  private readonly source: string;
  private pendingSpace: Span | null = null;
  private pendingBreak = '';
  private readonly wrappers: ReadonlySet<HtmlElement>;

  constructor(source: string, wrappers: ReadonlySet<HtmlElement>) {
    this.source = source;
    this.builder = new TextBuilder(source);
    this.wrappers = wrappers;
  }

  element(el: HtmlElement, pre: boolean): void {
    if (isHidden(el)) return;
    if (SKIP.has(el.tagName) || isFurniture(el, this.wrappers)) {
      this.noteRemoved(el);
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (el.tagName === 'br') return this.lineBreak('\n');
    if (block) this.lineBreak('\n\n');
    const startLength = this.builder.length;
    for (const child of childrenOf(el)) {
      if (isText(child)) this.text(child, pre || el.tagName === 'pre');
      else if (isElement(child)) this.element(child, pre || el.tagName === 'pre');
    }
    if (HEADING.test(el.tagName) && this.builder.length > startLength) {
      const span = innerSpan(el);
      if (span) this.headingElements.push({ span, text: textContent(el), level: Number(el.tagName[1]) });
    }
    if (block) this.lineBreak('\n\n');
  }

  private lineBreak(kind: '\n' | '\n\n'): void {
    this.pendingSpace = null;
    if (kind.length > this.pendingBreak.length) this.pendingBreak = kind;
  }

  private text(node: HtmlText, pre: boolean): void {
    const loc = node.sourceCodeLocation;
    if (!loc || loc.startOffset < this.builder.position) return; // moved by the parser (foster parenting): no faithful position
    const raw = this.source.slice(loc.startOffset, loc.endOffset);
    const pieces = splitRaw(raw);
    const decoded = pieces.map((p) => p.decoded).join('');
    if (decoded.replace(/\r\n?/g, '\n') !== node.value) {
      // the raw text does not decode to what the parser saw: map the node as a whole
      this.content(loc.startOffset, loc.endOffset, pre ? node.value : node.value.replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    let at = loc.startOffset;
    for (const p of pieces) {
      const start = at;
      at += p.raw.length;
      if (!pre && HTML_SPACE.test(p.raw)) {
        if (this.builder.length > 0 && this.pendingBreak === '') this.pendingSpace = this.pendingSpace ? { start: this.pendingSpace.start, end: at } : { start, end: at };
        continue;
      }
      this.content(start, at, p.raw === p.decoded ? null : p.decoded);
    }
  }

  /** Appends source[start, end), or `replacement` standing for it, after any pending space or break. */
  private content(start: number, end: number, replacement: string | null): void {
    if (this.pendingBreak !== '' && this.builder.length > 0) {
      this.builder.skipTo(start);
      this.builder.insert(this.pendingBreak);
    } else if (this.pendingSpace) {
      this.builder.replace(this.pendingSpace.start, this.pendingSpace.end, ' ');
    }
    this.pendingBreak = '';
    this.pendingSpace = null;
    if (replacement === null) this.builder.copy(start, end);
    else this.builder.replace(start, end, replacement);
  }

  private noteRemoved(el: HtmlElement): void {
    const span = innerSpan(el);
    if (!span || ['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'link', 'meta', 'img', 'picture', 'iframe'].includes(el.tagName)) return;
    if (el.tagName === 'figure') {
      for (const cap of elements(el)) {
        const capSpan = cap.tagName === 'figcaption' ? innerSpan(cap) : undefined;
        const capText = cap.tagName === 'figcaption' ? textContent(cap) : '';
        if (capSpan && capText) this.removed.push({ rule: 'clean/caption', reason: `removed photo caption “${shorten(capText)}”`, span: capSpan });
      }
      return;
    }
    const text = textContent(el);
    if (text.length >= 20) this.removed.push({ rule: 'ingest/html-furniture', reason: `left out <${el.tagName}> page furniture “${shorten(text)}”`, span });
  }
}

/** Splits raw HTML text into entities, runs of HTML whitespace, and plain runs, each with its decoded form. */
function splitRaw(raw: string): { raw: string; decoded: string }[] {
  const out: { raw: string; decoded: string }[] = [];
  for (const m of raw.matchAll(/&(?:#[xX][0-9a-fA-F]{1,8};?|#\d{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)|[ \t\n\r\f]+|[^&\t\n\r\f ]+|&/g)) {
    const piece = m[0];
    out.push({ raw: piece, decoded: piece.startsWith('&') && piece.length > 1 ? decodeHTML(piece) : piece });
  }
  return out;
}

/** The page's first <h1> in the body is its headline. */
function findTitle(headings: readonly { span: Span; level: number }[]): Span | undefined {
  return headings.find((h) => h.level === 1)?.span;
}

function shorten(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
