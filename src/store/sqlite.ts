/** The embedded store's driver: one SQLite file through better-sqlite3 (write-ahead log, one writer). */
import Database from 'better-sqlite3';
import type { Row, SqlDriver, SqlValue } from './sql.js';

export function openSqlite(file: string): SqlDriver {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  // an INSERT of many rows inside a write's transaction keeps a statement journal, to undo that statement alone; on
  // disk that was a temporary file per transaction, 1.4 GB written on 10,000 reports (more than the WAL and the store)
  db.pragma('temp_store = MEMORY');
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      if (statements.size > 500) statements.clear();
      statements.set(sql, s);
    }
    return s;
  };
  let depth = 0;
  return {
    dialect: 'sqlite',
    location: file,
    async all<T extends Row>(sql: string, params: readonly SqlValue[] = []) {
      return prepared(sql).all(...params) as T[];
    },
    async run(sql, params = []) {
      prepared(sql).run(...params);
    },
    async exec(sql) {
      db.exec(sql);
    },
    async transaction(fn) {
      // nested calls join the outer transaction
      if (depth > 0) return fn();
      depth++;
      db.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn();
        db.exec('COMMIT');
        return out;
      } catch (e) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw e;
      } finally {
        depth--;
      }
    },
    another: async () => openSqlite(file),
    async close() {
      statements.clear();
      db.close();
    },
  };
}
