/**
 * The copies between reports as corroboration reads them: the two reports
 * and where each passage lies in them, drawn out of the records by the
 * database. The records also hold each passage's text, and a wire story
 * copied in thousands of reports makes that text most of the table.
 * Reads `copies`; writes nothing.
 */
import type { CopySpans } from '../align/copies.js';
import { inLists, jsonArrayRows, jsonText, marks, type SqlDriver, type SqlValue } from './sql.js';

/** The copies whose report on `side` is one of those given (the first report on side `a`, the second on `b`). */
export async function copySpans(db: SqlDriver, side: 'a' | 'b', ids: readonly string[]): Promise<CopySpans[]> {
  const at = (path: string) => jsonText(db, 'p.value', path);
  const byPair = new Map<string, { docs: [string, string]; passages: { a: { start: number; end: number }; b: { start: number; end: number } }[] }>();
  for (const part of inLists(ids)) {
    const rows = await db.all<{ a: string; b: string; a0: SqlValue; a1: SqlValue; b0: SqlValue; b1: SqlValue }>(
      `SELECT c.a, c.b, ${at('a.start')} AS a0, ${at('a.end')} AS a1, ${at('b.start')} AS b0, ${at('b.end')} AS b1
       FROM copies c CROSS JOIN ${jsonArrayRows(db, 'c.record', 'passages')} WHERE c.${side} IN (${marks(part.length)}) ORDER BY c.a, c.b, p.key`,
      part,
    );
    for (const r of rows) {
      const pair = `${r.a} ${r.b}`;
      let copy = byPair.get(pair);
      if (!copy) byPair.set(pair, (copy = { docs: [r.a, r.b], passages: [] }));
      copy.passages.push({ a: { start: Number(r.a0), end: Number(r.a1) }, b: { start: Number(r.b0), end: Number(r.b1) } });
    }
  }
  return [...byPair.values()];
}
