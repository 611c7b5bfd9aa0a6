/**
 * Quotations, paragraph by paragraph: curly double quotes, straight double
 * quotes (opening or closing by what stands beside them), and single curly
 * quotes that are not apostrophes. A quotation left open at the end of a
 * paragraph continues when the next paragraph opens with a quotation mark
 * (the newspaper convention for quotes that run over paragraphs); otherwise
 * it ends with its paragraph.
 */
import type { Block } from '../../core/doc.js';
import type { Quotation } from './quotation.js';

interface Open {
  start: number;
  paragraphs: number;
}

export function findQuotations(text: string, blocks: readonly Block[]): Quotation[] {
  const out: Quotation[] = [];
  let carried: Open | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const { start, end } = blocks[b]!.range;
    let open: Open | null = null;
    let single: number | null = null;
    if (carried) {
      if (isOpeningMarkAt(text, start, end)) open = { start: carried.start, paragraphs: carried.paragraphs + 1 };
      else close(carried.start, blocks[b - 1]!.range.end, carried.paragraphs, true);
      carried = null;
    }
    for (let i = start; i < end; i++) {
      const c = text[i]!;
      if (c === '“' || (c === '"' && opensHere(text, i, start))) {
        if (open && !(c === '“' && i === blocks[b]!.range.start && open.paragraphs > 1)) {
          if (c === '"') {
            close(open.start, i + 1, open.paragraphs, false);
            open = null;
          }
          // a second opening mark inside an open quotation: nested or a typo; keep the first
          continue;
        }
        if (!open) open = { start: i, paragraphs: 1 };
      } else if (c === '”' || c === '"') {
        if (open) {
          close(open.start, i + 1, open.paragraphs, false);
          open = null;
          single = null;
        }
      } else if (c === '‘' && !open && isSingleOpen(text, i)) {
        single = i;
      } else if (c === '’' && single !== null && !open && isSingleClose(text, i, end)) {
        if (i - single > 1) close(single, i + 1, 1, false);
        single = null;
      }
    }
    if (open) {
      if (b + 1 < blocks.length && isOpeningMarkAt(text, blocks[b + 1]!.range.start, blocks[b + 1]!.range.end)) carried = open;
      else close(open.start, end, open.paragraphs, true);
    }
  }
  if (carried) close(carried.start, blocks[blocks.length - 1]!.range.end, carried.paragraphs, true);
  return out.sort((a, b) => a.range.start - b.range.start);

  function close(from: number, to: number, paragraphs: number, unclosed: boolean): void {
    const inner = { start: from + 1, end: unclosed ? to : to - 1 };
    if (inner.end <= inner.start || text.slice(inner.start, inner.end).trim() === '') return;
    out.push({ range: { start: from, end: to }, inner, paragraphs, unclosed });
  }
}

function isOpeningMarkAt(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && /\s/.test(text[i]!)) i++;
  return text[i] === '“' || (text[i] === '"' && i + 1 < end && /\S/.test(text[i + 1]!));
}

/** A straight quote opens when it stands at the start of a word: after a space, an opening bracket, a dash or the line start. */
function opensHere(text: string, i: number, lineStart: number): boolean {
  const before = i === lineStart ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  return /[\s([{—–‘:-]/.test(before) && /\S/.test(after);
}

function isSingleOpen(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  return /[\s([{—–"“]/.test(before) && /[\p{L}\p{N}"“]/u.test(text[i + 1] ?? '');
}

function isSingleClose(text: string, i: number, end: number): boolean {
  const after = i + 1 < end ? text[i + 1]! : ' ';
  return !/[\p{L}\p{N}]/u.test(after);
}
