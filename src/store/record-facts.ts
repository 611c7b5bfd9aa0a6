/**
 * Facts drawn out of a store's JSON records by the database, for what shows
 * or judges claims without reading their whole records: each report's outlet
 * and date, each group's status, and what corroboration reads of a group's
 * members, and what claims.jsonld shows of reports and entities. Reads
 * `documents`, `groups`, `claims` and `entities`; writes nothing.
 */
import type { CorroborationFacts } from '../align/corroboration.js';
import type { Claim, LedgerDocument } from '../ledger/schema.js';
import { inLists, jsonText, marks, type SqlDriver, type SqlValue } from './sql.js';

export type ReportFacts = Pick<LedgerDocument, 'id' | 'outlet' | 'published'>;
export type Appearance = Pick<LedgerDocument, 'url' | 'title' | 'outlet' | 'published'>;

/** Reports' outlets and dates, read as needed (or all at once) and kept. */
export class DocumentFacts {
  private readonly known = new Map<string, ReportFacts>();
  constructor(private readonly db: SqlDriver) {}

  async load(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id));
    for (const part of inLists(missing)) await this.read(`WHERE id IN (${marks(part.length)})`, part);
  }

  /** Every report's. */
  async loadAll(): Promise<void> {
    await this.read('', []);
  }

  outletOf(doc: string): string | null | undefined {
    return this.known.get(doc)?.outlet;
  }

  get(doc: string): ReportFacts {
    return this.known.get(doc) ?? { id: doc, outlet: null, published: null };
  }

  private async read(where: string, params: readonly string[]): Promise<void> {
    const outlet = jsonText(this.db, 'record', 'outlet');
    const published = jsonText(this.db, 'record', 'published');
    for (const r of await this.db.all<{ id: string; outlet: string | null; published: string | null }>(`SELECT id, ${outlet} AS outlet, ${published} AS published FROM documents ${where}`, params)) {
      this.known.set(r.id, { id: r.id, outlet: r.outlet, published: publishedOf(r.published) });
    }
  }
}

/** A report's date as the database gives the field: its JSON, or null. */
function publishedOf(json: string | null): LedgerDocument['published'] {
  return json === null ? null : (JSON.parse(json) as LedgerDocument['published']);
}

/** What claims.jsonld shows of each report (its address, headline, outlet and date), read from the records' JSON by the database. */
export async function appearances(db: SqlDriver): Promise<Map<string, Appearance>> {
  const field = (path: string) => jsonText(db, 'record', path);
  const rows = await db.all<{ id: string; url: string | null; title: string | null; outlet: string | null; published: string | null }>(
    `SELECT id, ${field('url')} AS url, ${field('title')} AS title, ${field('outlet')} AS outlet, ${field('published')} AS published FROM documents`,
  );
  return new Map(rows.map((r) => [r.id, { url: r.url, title: r.title, outlet: r.outlet, published: publishedOf(r.published) }]));
}

/** Each entity's type, read from its seed by the database. */
export async function entityTypes(db: SqlDriver): Promise<Map<string, string>> {
  const rows = await db.all<{ id: string; type: string }>(`SELECT id, ${jsonText(db, 'seed', 'entity.type')} AS type FROM entities`);
  return new Map(rows.map((r) => [r.id, r.type]));
}

/** The status of each group (of those given, or of all), read from the records' JSON by the database. */
export async function groupStatuses(db: SqlDriver, ids?: readonly string[]): Promise<Map<string, string>> {
  const status = jsonText(db, 'record', 'status');
  const out = new Map<string, string>();
  const read = async (sql: string, params: readonly string[]) => {
    for (const r of await db.all<{ id: string; status: string }>(sql, params)) out.set(r.id, r.status);
  };
  if (!ids) await read(`SELECT id, ${status} AS status FROM groups WHERE record IS NOT NULL`, []);
  else for (const part of inLists(ids)) await read(`SELECT id, ${status} AS status FROM groups WHERE id IN (${marks(part.length)})`, part);
  return out;
}

/** What corroboration reads of each member of a group, in the ledger's order, drawn from the claims' records by the database. */
export async function memberFacts(db: SqlDriver, group: string): Promise<CorroborationFacts[]> {
  const field = (path: string) => jsonText(db, 'record', path);
  const rows = await db.all<FactRow>(
    `SELECT id, doc, ${field('family')} AS family, ${field('value.low')} AS low, ${field('value.high')} AS high, ${field('qualifier')} AS qualifier,
     ${field('span.start')} AS start_at, ${field('span.end')} AS end_at FROM claims WHERE grp = ? ORDER BY seq, n`,
    [group],
  );
  return rows.map(factsOf);
}

type FactRow = { id: string; doc: string; family: string | null; low: SqlValue; high: SqlValue; qualifier: string; start_at: SqlValue; end_at: SqlValue };

/** PostgreSQL gives a JSON field as text, SQLite as its value. */
const numberOrNull = (v: SqlValue): number | null => (v === null ? null : Number(v));

function factsOf(r: FactRow): CorroborationFacts {
  return {
    id: r.id,
    doc: r.doc,
    family: r.family,
    value: { low: numberOrNull(r.low), high: numberOrNull(r.high) },
    qualifier: r.qualifier as Claim['qualifier'],
    span: { start: Number(r.start_at), end: Number(r.end_at) },
  };
}
