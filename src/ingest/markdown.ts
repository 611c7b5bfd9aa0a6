/**
 * Markdown to text, with an offset map into the markdown source: heading marks,
 * emphasis, link targets, images, code fences, block quotes, list markers and
 * HTML comments go; soft line breaks inside a paragraph become spaces; heading
 * lines are kept as structure hints.
 */
import { applyEdits, type Edit } from '../core/edits.js';
import type { OffsetMap } from '../core/offset-map.js';
import type { Span } from '../core/span.js';
import { endWithout } from '../core/text-scan.js';
import { comments, images, links, type InlineMatch } from './markdown-inline.js';

export interface MarkdownText {
  readonly text: string;
  readonly map: OffsetMap;
  readonly headings: Span[];
  readonly removed: { reason: string; span: Span }[];
}

const ATX_OPEN = /^ {0,3}#{1,6}[ \t]+/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(```+|~~~+)/;
const QUOTE = /^( {0,3}>[ \t]?)+/;
const LIST = /^( {0,3})(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const REF_DEF = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
/** Emphasis runs longer than this are left as written (a bound keeps the search linear). */
const MAX_EMPHASIS = 1000;

const matching = (re: RegExp) => function* (s: string): Generator<InlineMatch> {
  for (const m of s.matchAll(re)) yield { index: m.index, length: m[0].length };
};
const dropped = (m: InlineMatch, at: number): Edit[] => [{ start: at, end: at + m.length, insert: '' }];

const INLINE: readonly [(s: string) => Iterable<InlineMatch>, (m: InlineMatch, at: number) => Edit[]][] = [
  // images: dropped whole
  [images, dropped],
  // links: keep the text
  [links, (m, at) => [
    { start: at, end: at + 1, insert: '' },
    { start: at + 1 + m.text!.length, end: at + m.length, insert: '' },
  ]],
  [comments, dropped],
  [matching(new RegExp(String.raw`(\*\*|__)(?=\S)([^\n]{1,${MAX_EMPHASIS}}?)(?<=\S)\1`, 'g')), (m, at) => markers(at, m.length, 2)],
  [matching(new RegExp(String.raw`(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]{1,${MAX_EMPHASIS}}?)(?<=\S)\*(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_])_(?=\S)([^_\n]{1,${MAX_EMPHASIS}}?)(?<=\S)_(?![\p{L}\p{N}_])`, 'gu')), (m, at) => markers(at, m.length, 1)],
  [matching(/`([^`\n]+)`/g), (m, at) => markers(at, m.length, 1)],
];

export function markdownToText(source: string): MarkdownText {
  const edits: Edit[] = [];
  const headings: Span[] = [];
  const removed: { reason: string; span: Span }[] = [];
  const lines = source.split('\n');
  const starts: number[] = [];
  let pos = 0;
  for (const l of lines) {
    starts.push(pos);
    pos += l.length + 1;
  }
  const lineEnd = (i: number): number => starts[i]! + lines[i]!.length;
  const dropLine = (i: number): void => {
    edits.push({ start: starts[i]!, end: Math.min(lineEnd(i) + 1, source.length), insert: '' });
  };
  let inFence: string | null = null;
  let fenceStart = 0;
  const taken = new Set<number>();

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const fence = FENCE.exec(line);
    if (inFence !== null) {
      if (fence && fence[1]!.startsWith(inFence)) {
        inFence = null;
        const span = { start: fenceStart, end: Math.min(lineEnd(i) + 1, source.length) };
        edits.push({ ...span, insert: '' });
        removed.push({ reason: 'removed a code block', span });
      }
      taken.add(i);
      continue;
    }
    if (fence) {
      inFence = fence[1]!;
      fenceStart = starts[i]!;
      taken.add(i);
      continue;
    }
    if (RULE.test(line) && !(i > 0 && lines[i - 1]!.trim() !== '' && SETEXT.test(line))) {
      dropLine(i);
      taken.add(i);
      continue;
    }
    if (REF_DEF.test(line)) {
      dropLine(i);
      taken.add(i);
      continue;
    }
    const atx = atxHeading(line);
    if (atx) {
      const contentStart = starts[i]! + atx.start;
      const contentEnd = starts[i]! + atx.end;
      edits.push({ start: starts[i]!, end: contentStart, insert: '' });
      if (contentEnd < lineEnd(i)) edits.push({ start: contentEnd, end: lineEnd(i), insert: '' });
      headings.push({ start: contentStart, end: contentEnd });
      taken.add(i);
      inline(source, contentStart, contentEnd, edits);
      continue;
    }
    if (i + 1 < lines.length && line.trim() !== '' && SETEXT.test(lines[i + 1]!) && !LIST.test(line)) {
      headings.push({ start: starts[i]!, end: lineEnd(i) });
      inline(source, starts[i]!, lineEnd(i), edits);
      dropLine(i + 1);
      taken.add(i).add(i + 1);
      i++;
      continue;
    }
    const quote = QUOTE.exec(line);
    const list = LIST.exec(line);
    let from = starts[i]!;
    if (quote) {
      edits.push({ start: from, end: from + quote[0].length, insert: '' });
      from += quote[0].length;
    }
    const rest = source.slice(from, lineEnd(i));
    const item = quote ? LIST.exec(rest) : list;
    if (item) edits.push({ start: from, end: from + item[0].length, insert: '' });
    inline(source, item ? from + item[0].length : from, lineEnd(i), edits);
  }
  if (inFence !== null) {
    const span = { start: fenceStart, end: source.length };
    edits.push({ ...span, insert: '' });
    removed.push({ reason: 'removed an unclosed code block', span });
  }

  // soft line breaks inside a paragraph read as spaces
  for (let i = 0; i + 1 < lines.length; i++) {
    if (taken.has(i) || taken.has(i + 1)) continue;
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.trim() === '' || b.trim() === '' || /(?: {2}|\\)$/.test(a) || LIST.test(b) || QUOTE.test(b) || ATX_OPEN.test(b) || FENCE.test(b)) continue;
    edits.push({ start: lineEnd(i), end: lineEnd(i) + 1, insert: ' ' });
  }

  const { text, map } = applyEdits(source, dedupe(edits));
  return { text, map, headings, removed };
}

function inline(source: string, start: number, end: number, edits: Edit[]): void {
  const segment = source.slice(start, end);
  const claimed: Span[] = [];
  for (const [find, toEdits] of INLINE) {
    for (const m of find(segment)) {
      const at = start + m.index;
      const span = { start: at, end: at + m.length };
      if (claimed.some((c) => c.start < span.end && span.start < c.end && !(c.start <= span.start && span.end <= c.end))) continue;
      if (claimed.some((c) => c.start === span.start && c.end === span.end)) continue;
      claimed.push(span);
      edits.push(...toEdits(m, at));
    }
  }
}

/**
 * An ATX heading's content (`## Title ##` → `Title`) as offsets into the line:
 * after the opening marks, without a closing run of `#` that follows a space,
 * and without trailing space.
 */
function atxHeading(line: string): { start: number; end: number } | null {
  const open = ATX_OPEN.exec(line);
  if (!open) return null;
  const start = open[0].length;
  const isBlank = (ch: string) => ch === ' ' || ch === '\t';
  let end = Math.max(start, endWithout(line, isBlank));
  const hashes = Math.max(start, endWithout(line, (ch) => ch === '#', end));
  if (hashes < end && hashes > start && isBlank(line[hashes - 1]!)) end = Math.max(start, endWithout(line, isBlank, hashes));
  return { start, end };
}

function markers(at: number, length: number, width: number): Edit[] {
  return [
    { start: at, end: at + width, insert: '' },
    { start: at + length - width, end: at + length, insert: '' },
  ];
}

/** Drops edits that overlap an earlier one (nested markup), keeping the outermost. */
function dedupe(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Edit[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && e.start < prev.end) continue;
    if (prev && e.start === prev.end && e.start === e.end && prev.start === prev.end) continue;
    out.push(e);
  }
  return out;
}
