/** A store from where it lives: a `postgres://` URL, or else the path of a SQLite file (made when missing). */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { openSqlite } from './sqlite.js';
import { openPostgres } from './postgres.js';
import { Store } from './store.js';

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openStore(location: string, cwd = process.cwd()): Promise<Store> {
  if (isPostgresUrl(location)) return Store.on(await openPostgres(location));
  const file = path.resolve(cwd, location);
  await mkdir(path.dirname(file), { recursive: true });
  return Store.on(openSqlite(file));
}
