/**
 * The little a store needs from a SQL database, so that one `Store` runs on
 * SQLite and on PostgreSQL: statements are written once with `?`
 * placeholders, in the SQL both understand; the few places where the two
 * differ (full-text search, binary columns) ask the driver's `dialect`.
 */
import { pushAll } from '../core/push-all.js';

export type SqlValue = string | number | null | Uint8Array;
export type Row = Record<string, unknown>;

export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  /** where the data lives, for messages (a path, or the URL without its password) */
  readonly location: string;
  all<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** several statements, no parameters (migrations) */
  exec(sql: string): Promise<void>;
  /** runs `fn` in one transaction: all of its writes land, or none */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** another connection to the same database: its reads see what this one commits, never what it has not yet */
  another(): Promise<SqlDriver>;
  close(): Promise<void>;
}

/** Rows of many values in one INSERT, in batches small enough for either database's parameter limit. */
export async function insertMany(db: SqlDriver, head: string, width: number, rows: readonly (readonly SqlValue[])[], tail = ''): Promise<void> {
  const perStatement = Math.max(1, Math.floor(900 / width));
  const one = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const batch = rows.slice(i, i + perStatement);
    await db.run(`${head} VALUES ${batch.map(() => one).join(', ')} ${tail}`, valuesOf(batch));
  }
}

/** The rows' values in one list, in order. Not `Array.prototype.flat`, which took 54 µs for 100 rows of 9 values here, against 4. */
function valuesOf(rows: readonly (readonly SqlValue[])[]): SqlValue[] {
  const out: SqlValue[] = [];
  for (const row of rows) pushAll(out, row);
  return out;
}

/** How many rows a FROM clause (a table, with any joins and WHERE) gives. */
export async function countRows(db: SqlDriver, from: string, params: readonly SqlValue[] = []): Promise<number> {
  return Number((await db.all<{ n: number }>(`SELECT count(*) AS n FROM ${from}`, params))[0]?.n ?? 0);
}

/** IN lists are cut to this length. */
export const IN_LIST = 500;

/** A list cut into IN lists (`IN_LIST` long). */
export function inLists<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += IN_LIST) out.push(list.slice(i, i + IN_LIST));
  return out;
}

/** `?, ?, ?` for an IN list of n values. */
export function marks(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** A field of a JSON column (`path`: names joined by dots, constants, never input), in the driver's SQL: text in PostgreSQL, its value in SQLite. */
export function jsonText(db: Pick<SqlDriver, 'dialect'>, column: string, path: string): string {
  return db.dialect === 'postgres' ? `(${column}::jsonb #>> '{${path.split('.').join(',')}}')` : `json_extract(${column}, '$.${path}')`;
}

/** A FROM item giving each element of a JSON array field as a row `p(value, key)` (`key`: its place), in the driver's SQL. */
export function jsonArrayRows(db: Pick<SqlDriver, 'dialect'>, column: string, path: string): string {
  return db.dialect === 'postgres' ? `jsonb_array_elements(${column}::jsonb #> '{${path.split('.').join(',')}}') WITH ORDINALITY AS p(value, key)` : `json_each(${column}, '$.${path}') AS p`;
}

/**
 * A table's rows in the order of its integer key columns, a page at a time,
 * of those the conditions keep. Paged by the row value `(k1, k2) > (?, ?)`,
 * which both databases read as a range of an index (an OR of the columns
 * would scan from the start on every page).
 */
export async function* keysetPages<R extends Row>(
  db: SqlDriver,
  { columns, from, keys, where = [], params = [], size }: { columns: string; from: string; keys: readonly string[]; where?: readonly string[]; params?: readonly SqlValue[]; size: number },
): AsyncGenerator<R[]> {
  let after: number[] | null = null;
  for (;;) {
    const conditions = [...where, ...(after ? [`(${keys.join(', ')}) > (${marks(keys.length)})`] : [])];
    const page: R[] = await db.all<R>(`SELECT ${keys.join(', ')}, ${columns} FROM ${from} WHERE ${conditions.join(' AND ') || 'true'} ORDER BY ${keys.join(', ')} LIMIT ${size}`, [
      ...params,
      ...(after ?? []),
    ]);
    if (page.length === 0) return;
    yield page;
    if (page.length < size) return;
    const last = page.at(-1)!;
    after = keys.map((k) => Number(last[k]));
  }
}
