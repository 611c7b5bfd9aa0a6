/** The `--store` option the store commands share: a SQLite file (default tally.db) or a postgres:// URL (also as `--db`). */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { isPostgresUrl, openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { UsageError } from './io.js';

export const DEFAULT_STORE = 'tally.db';

export const storeOptions = {
  store: { type: 'string' },
  db: { type: 'string' },
} as const;

export const storeHelp = `  -s, --store PATH     the store: a SQLite file (default: ${DEFAULT_STORE}) or a
                       postgres://user@host/db URL
      --db URL         the same as --store, for a PostgreSQL URL`;

export function storeLocation(values: { store?: string | undefined; db?: string | undefined }): string {
  if (values.store !== undefined && values.db !== undefined && values.store !== values.db) throw new UsageError('give --store or --db, not both');
  return values.db ?? values.store ?? DEFAULT_STORE;
}

/** Opens the store; one that must exist already (for reading) and does not is a usage error, not an empty store. */
export async function openStoreOption(values: { store?: string | undefined; db?: string | undefined }, cwd: string, mustExist: boolean): Promise<Store> {
  const location = storeLocation(values);
  if (mustExist && !isPostgresUrl(location)) {
    try {
      await access(path.resolve(cwd, location));
    } catch {
      throw new UsageError(`no store at ${location} (make one with "tally ingest <inputs> --store ${location}")`);
    }
  }
  return openStore(location, cwd);
}
