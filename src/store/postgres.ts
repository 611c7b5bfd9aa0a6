/**
 * The scale-out store's driver: PostgreSQL through node-postgres. One client
 * (a store is one writer; workers each open their own), `?` placeholders
 * turned into `$n`, 64-bit integers read as numbers (the store keeps none
 * beyond 2^53).
 */
import pg from 'pg';
import { oneAtATime } from '../core/one-at-a-time.js';
import type { Row, SqlDriver, SqlValue } from './sql.js';

pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export async function openPostgres(url: string): Promise<SqlDriver> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // a connection the server ends (a restart, an administrator's command) fails the next query asked of it, rather than
  // throwing where nothing catches it and ending the process (a server, a worker)
  client.on('error', () => undefined);
  await client.query('SET client_min_messages = warning');
  const numbered = new Map<string, string>();
  const text = (sql: string): string => {
    let t = numbered.get(sql);
    if (t === undefined) {
      let n = 0;
      t = sql.replace(/\?/g, () => `$${++n}`);
      if (numbered.size > 500) numbered.clear();
      numbered.set(sql, t);
    }
    return t;
  };
  const values = (params: readonly SqlValue[]) => params.map((p) => (p instanceof Uint8Array ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p));
  // one query at a time, in the order asked: a server's requests overlap, and a
  // client asked a query while one runs queues it only with a deprecation warning
  const queue = oneAtATime();
  const query = (sql: string, params?: unknown[]): Promise<pg.QueryResult> => queue(() => client.query(sql, params));
  let depth = 0;
  return {
    dialect: 'postgres',
    location: redact(url),
    async all<T extends Row>(sql: string, params: readonly SqlValue[] = []) {
      return (await query(text(sql), values(params))).rows as T[];
    },
    async run(sql, params = []) {
      await query(text(sql), values(params));
    },
    async exec(sql) {
      await query(sql);
    },
    async transaction(fn) {
      if (depth > 0) return fn();
      depth++;
      await query('BEGIN');
      try {
        const out = await fn();
        await query('COMMIT');
        return out;
      } catch (e) {
        await query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        depth--;
      }
    },
    another: () => openPostgres(url),
    async close() {
      await client.end();
    },
  };
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}
