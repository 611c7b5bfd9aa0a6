/** A thin layer over parse5's tree: element tests, attributes and their source spans. */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { Span } from '../../core/span.js';

export type HtmlDocument = DefaultTreeAdapterTypes.Document;
export type HtmlNode = DefaultTreeAdapterTypes.Node;
export type HtmlElement = DefaultTreeAdapterTypes.Element;
export type HtmlText = DefaultTreeAdapterTypes.TextNode;
export type HtmlParent = DefaultTreeAdapterTypes.ParentNode;

export function parseHtml(source: string): HtmlDocument {
  return parse(source, { sourceCodeLocationInfo: true, scriptingEnabled: false });
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

export function isText(node: HtmlNode): node is HtmlText {
  return node.nodeName === '#text';
}

export function childrenOf(node: HtmlNode): HtmlNode[] {
  return 'childNodes' in node ? (node.childNodes as HtmlNode[]) : [];
}

export function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Where an attribute's value sits in the source, inside its quotes. */
export function attrValueSpan(el: HtmlElement, name: string, source: string): Span | undefined {
  const loc = el.sourceCodeLocation?.attrs?.[name];
  if (!loc) return undefined;
  const raw = source.slice(loc.startOffset, loc.endOffset);
  const eq = raw.indexOf('=');
  if (eq < 0) return undefined;
  let start = eq + 1;
  while (start < raw.length && /\s/.test(raw[start]!)) start++;
  let end = raw.length;
  if (raw[start] === '"' || raw[start] === "'") {
    start++;
    if (raw[end - 1] === raw[start - 1]) end--;
  }
  return { start: loc.startOffset + start, end: loc.startOffset + end };
}

/** Every element under `root`, in document order. */
export function* elements(root: HtmlNode): Generator<HtmlElement> {
  const stack: HtmlNode[] = [...childrenOf(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    yield node;
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** The decoded text under a node, whitespace collapsed. */
export function textContent(node: HtmlNode): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) parts.push(n.value);
    else if (isElement(n) && (n.tagName === 'script' || n.tagName === 'style')) continue;
    else {
      const kids = childrenOf(n);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The source span of a node's inner content (between its tags). */
export function innerSpan(el: HtmlElement): Span | undefined {
  const loc = el.sourceCodeLocation;
  if (!loc?.startTag) return undefined;
  const start = loc.startTag.endOffset;
  const end = loc.endTag?.startOffset ?? loc.endOffset;
  return end >= start ? { start, end } : undefined;
}
