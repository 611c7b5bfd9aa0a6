/**
 * Bounds how deep a parsed page nests, so that the tree walks after it (body,
 * metadata, dates: written as plain recursion, which reads best) cannot run
 * out of stack on a hostile page of thousands of nested elements. Below the
 * limit the nodes are lifted, in document order, to be children of the element
 * at the limit: every text node keeps its source location, so spans are
 * unchanged; only the nesting below the limit is lost. Real pages nest a few
 * dozen levels.
 */
import { childrenOf, type HtmlDocument, type HtmlNode } from './dom.js';
import { pushAll } from '../../core/push-all.js';

export const MAX_DEPTH = 256;

/** Flattens what lies deeper than `max`; returns how many elements were lifted. */
export function limitDepth(tree: HtmlDocument, max = MAX_DEPTH): number {
  let lifted = 0;
  const stack: { node: HtmlNode; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const children = childrenOf(node);
    if (depth < max) {
      for (const child of children) stack.push({ node: child, depth: depth + 1 });
      continue;
    }
    if (!children.some((c) => childrenOf(c).length > 0)) continue;
    const flat: HtmlNode[] = [];
    const pending = [...children].reverse();
    while (pending.length > 0) {
      const n = pending.pop()!;
      const inner = childrenOf(n);
      flat.push(n);
      if (inner.length > 0) {
        lifted++;
        for (let i = inner.length - 1; i >= 0; i--) pending.push(inner[i]!);
        inner.length = 0;
      }
    }
    for (const n of flat) (n as { parentNode: HtmlNode | null }).parentNode = node;
    children.length = 0;
    pushAll(children, flat);
  }
  return lifted;
}
