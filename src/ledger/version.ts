/** The generator name and version written into every ledger (read from package.json once). */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

export const GENERATOR = { name: pkg.name, version: pkg.version } as const;
