/** Reports' source texts by id, read from `documents` an IN list at a time (kept as JSON strings: PostgreSQL's text holds no NUL). */
import { inLists, marks, type SqlDriver } from './sql.js';

export async function sourceTexts(db: SqlDriver, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of inLists(ids)) {
    for (const r of await db.all<{ id: string; source: string }>(`SELECT id, source FROM documents WHERE id IN (${marks(part.length)})`, part)) out.set(r.id, JSON.parse(r.source) as string);
  }
  return out;
}
