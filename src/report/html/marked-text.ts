/**
 * A document's text with its figures, quotes and dates marked, as HTML:
 * marks may nest or overlap (a figure inside a quote), so the text is cut at
 * every mark boundary and each piece is wrapped in the marks that cover it,
 * always in the same order. A mark's id goes on its first piece, so a link to
 * it lands on its first characters. Everything else is escaped text.
 */
import type { Span } from '../../core/span.js';
import { escapeHtml } from './escape.js';

export interface Mark {
  readonly span: Span;
  /** CSS class: figure, quote, date */
  readonly kind: string;
  readonly id?: string;
  readonly title?: string;
}

const ORDER = ['quote', 'figure', 'date'];

export function markedText(text: string, marks: readonly Mark[]): string {
  const inside = marks.filter((m) => m.span.start < m.span.end && m.span.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const m of inside) cuts.add(m.span.start).add(m.span.end);
  const points = [...cuts].sort((a, b) => a - b);
  const opened = new Set<Mark>();
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const covering = inside.filter((m) => m.span.start <= from && to <= m.span.end).sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
    let piece = escapeHtml(text.slice(from, to));
    for (const m of [...covering].reverse()) {
      const first = !opened.has(m);
      opened.add(m);
      const id = first && m.id ? ` id="${escapeHtml(m.id)}"` : '';
      const title = m.title ? ` title="${escapeHtml(m.title)}"` : '';
      piece = `<span class="${m.kind}"${id}${title}>${piece}</span>`;
    }
    html += piece;
  }
  return html;
}
