/**
 * Checks the promise the ledger makes: every span lies inside its document's
 * source, and wherever a span sits beside a `text`, the source says exactly
 * that text there. Returns the problems found (none for a good ledger).
 */
import type { Ledger } from './schema.js';

type SourceOf = (docId: string) => string | undefined;

export function verifyLedgerSpans(ledger: Ledger, sourceOf: SourceOf): string[] {
  const problems: string[] = [];
  for (const d of ledger.documents) {
    const source = sourceOf(d.id);
    if (source === undefined) {
      if (d.status === 'ok') problems.push(`${d.id}: no source to check against`);
      continue;
    }
    if (d.status === 'ok' && source.length !== d.length) problems.push(`${d.id}: length ${d.length} but the source has ${source.length}`);
    walk(d, `documents[${d.id}]`, source, problems);
  }
  for (const key of ['claims', 'attributions', 'quotes', 'times', 'events'] as const) {
    ledger[key].forEach((item, i) => {
      const source = sourceOf(item.doc);
      if (source === undefined) problems.push(`${key}[${i}]: unknown document ${item.doc}`);
      else walk(key === 'events' ? { ...item, mentions: [] } : item, `${key}[${i}]`, source, problems);
    });
  }
  // an event's mentions point into the other reports that state it
  ledger.events.forEach((e, i) =>
    e.mentions.forEach((m, j) => {
      const source = sourceOf(m.doc);
      if (source === undefined) problems.push(`events[${i}].mentions[${j}]: unknown document ${m.doc}`);
      else walk(m, `events[${i}].mentions[${j}]`, source, problems);
    }),
  );
  for (const entity of ledger.entities) {
    for (const m of entity.mentions) {
      const source = sourceOf(m.doc);
      if (source === undefined) problems.push(`entity ${entity.id}: unknown document ${m.doc}`);
      else checkBounds(m.span, source, `entity ${entity.id}`, problems);
    }
  }
  ledger.copies.forEach((c, i) => {
    const [a, b] = c.docs.map(sourceOf);
    if (a === undefined || b === undefined) {
      problems.push(`copies[${i}]: unknown document`);
      return;
    }
    for (const p of c.passages) {
      checkBounds(p.a, a, `copies[${i}]`, problems);
      checkBounds(p.b, b, `copies[${i}]`, problems);
    }
  });
  return problems;
}

function walk(node: unknown, where: string, source: string, problems: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((x, i) => walk(x, `${where}[${i}]`, source, problems));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(obj)) {
    if (isSpan(value)) {
      checkBounds(value, source, `${where}.${key}`, problems);
      if (key === 'span' && typeof obj['text'] === 'string' && source.slice(value.start, value.end) !== obj['text']) {
        problems.push(`${where}: text ${JSON.stringify(obj['text'])} but the source says ${JSON.stringify(source.slice(value.start, value.end))}`);
      }
    } else {
      walk(value, `${where}.${key}`, source, problems);
    }
  }
}

function isSpan(x: unknown): x is { start: number; end: number } {
  if (!x || typeof x !== 'object') return false;
  const o = x as Record<string, unknown>;
  return typeof o['start'] === 'number' && typeof o['end'] === 'number' && Object.keys(o).length === 2;
}

function checkBounds(s: { start: number; end: number }, source: string, where: string, problems: string[]): void {
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= source.length)) {
    problems.push(`${where}: span [${s.start}, ${s.end}) outside a source of ${source.length}`);
  }
}
