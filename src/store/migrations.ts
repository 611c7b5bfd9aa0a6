/**
 * The store's schema, as numbered migrations that both databases run: the
 * same tables and indexes, written once; only the full-text index and the
 * binary column type differ. A migration runs once, in a transaction, and
 * the version it brings the store to is kept in `tally_meta`.
 */
import type { SqlDriver } from './sql.js';

interface Migration {
  readonly version: number;
  readonly sql: (dialect: SqlDriver['dialect']) => string;
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: (dialect) => `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, input TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL, version TEXT NOT NULL, status TEXT NOT NULL, published TEXT,
        record TEXT NOT NULL, source TEXT NOT NULL, body TEXT NOT NULL, map TEXT NOT NULL -- source as a JSON string (PostgreSQL's text holds no NUL); body as a JSON string, or packed against the source (body-codec.ts)
      );
      CREATE TABLE claims (
        id TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, n INTEGER NOT NULL, bucket TEXT NOT NULL, measure TEXT NOT NULL,
        grp TEXT, part_of TEXT, record TEXT NOT NULL
      );
      CREATE INDEX claims_bucket ON claims(bucket, seq, n);
      CREATE INDEX claims_doc ON claims(doc);
      CREATE INDEX claims_order ON claims(seq, n);
      CREATE TABLE items (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, kind TEXT NOT NULL,
        n INTEGER NOT NULL, record TEXT NOT NULL, PRIMARY KEY (doc, kind, n)
      );
      CREATE TABLE entities (id TEXT PRIMARY KEY, n INTEGER NOT NULL UNIQUE, rev INTEGER NOT NULL, seed TEXT NOT NULL);
      CREATE INDEX entities_rev ON entities(rev);
      CREATE TABLE mentions (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, n INTEGER NOT NULL,
        entity TEXT NOT NULL, start_at INTEGER NOT NULL, end_at INTEGER NOT NULL, PRIMARY KEY (doc, n)
      );
      CREATE INDEX mentions_entity ON mentions(entity);
      CREATE TABLE prints (doc TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE, data ${dialect === 'postgres' ? 'BYTEA' : 'BLOB'} NOT NULL);
      CREATE TABLE shingles (
        hash BIGINT NOT NULL, doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, PRIMARY KEY (hash, doc)
      );
      CREATE INDEX shingles_doc ON shingles(doc);
      CREATE TABLE shingle_counts (hash BIGINT PRIMARY KEY, n INTEGER NOT NULL);
      CREATE TABLE copies (
        a TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        b TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        record TEXT NOT NULL, spans TEXT NOT NULL, PRIMARY KEY (a, b)
      );
      CREATE INDEX copies_b ON copies(b);
      CREATE TABLE groups (
        id TEXT PRIMARY KEY, n INTEGER NOT NULL UNIQUE, identity TEXT NOT NULL UNIQUE,
        bucket TEXT NOT NULL, measure TEXT NOT NULL, record TEXT
      );
      CREATE INDEX groups_bucket ON groups(bucket);
      CREATE INDEX groups_measure ON groups(measure);
      CREATE TABLE dirty_buckets (bucket TEXT PRIMARY KEY);
      CREATE TABLE reserved_ids (input TEXT PRIMARY KEY, id TEXT NOT NULL UNIQUE);
      ${
        dialect === 'postgres'
          ? `CREATE TABLE search (
               doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, kind TEXT NOT NULL, ref TEXT NOT NULL, body TEXT NOT NULL,
               tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED
             );
             CREATE INDEX search_tsv ON search USING GIN (tsv);
             CREATE INDEX search_doc ON search(doc);`
          : `CREATE VIRTUAL TABLE search USING fts5(body, doc UNINDEXED, kind UNINDEXED, ref UNINDEXED, tokenize = 'porter unicode61');`
      }
    `,
  },
  {
    // corroboration is worked out when the ledger is read (it moves with every new report), so the copies' spans are no longer read on their own;
    // an input file's size and times, to tell an unchanged one without reading it again; what an ingest asks of every report it holds, without reading their texts;
    // what the dating of undated reports reads of the store (dating-index.ts)
    version: 2,
    sql: () => `
      ALTER TABLE copies DROP COLUMN spans;
      CREATE INDEX documents_known ON documents(input, id, seq, sha256, version);
      CREATE TABLE dating_events (
        seq INTEGER NOT NULL, n INTEGER NOT NULL, doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL, value TEXT NOT NULL, start_at TEXT NOT NULL, end_at TEXT NOT NULL, clause TEXT NOT NULL, PRIMARY KEY (seq, n)
      );
      CREATE INDEX dating_events_doc ON dating_events(doc);
      CREATE TABLE dating_dates (date_key TEXT PRIMARY KEY, n INTEGER NOT NULL);
      CREATE TABLE event_stems (stem TEXT PRIMARY KEY, n INTEGER NOT NULL);
      CREATE TABLE input_files (
        input TEXT PRIMARY KEY, size BIGINT NOT NULL, mtime TEXT NOT NULL, ctime TEXT NOT NULL, version TEXT NOT NULL, entries INTEGER NOT NULL
      );
    `,
  },
  {
    // each claim's cell and voice, so that a regroup tells from counts which groups new claims fall in and judges only them
    // (claim-cells.ts); a group's standing, to judge its new claims against (group-status.ts); '' where a claim's cell says nothing
    version: 3,
    sql: () => `
      ALTER TABLE claims ADD COLUMN head TEXT NOT NULL DEFAULT '';
      ALTER TABLE claims ADD COLUMN zone TEXT NOT NULL DEFAULT '';
      ALTER TABLE claims ADD COLUMN voice TEXT NOT NULL DEFAULT '';
      CREATE INDEX claims_cells ON claims(bucket, head, zone, grp, seq, n);
      CREATE INDEX claims_voice ON claims(grp, voice, seq, n);
      CREATE INDEX claims_parts ON claims(measure, part_of, grp, seq, n) WHERE part_of IS NOT NULL;
      ALTER TABLE groups ADD COLUMN state TEXT;
    `,
  },
  {
    // a regroup that grows with the new claims, not the store (regroup.ts): the claims not yet grouped, indexed apart; whether a
    // bucket lost claims (a replaced report's), which the groups' kept counts cannot tell; the part-of links between groups,
    // kept (part-links.ts), and marked as complete at once in a store that has no groups yet (an older one works them out once)
    version: 4,
    sql: () => `
      CREATE INDEX claims_ungrouped ON claims(bucket, head, zone, seq, n) WHERE grp IS NULL;
      ALTER TABLE dirty_buckets ADD COLUMN lost INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE part_links (link TEXT PRIMARY KEY, measure TEXT NOT NULL, first BIGINT NOT NULL, reason TEXT NOT NULL);
      CREATE INDEX part_links_measure ON part_links(measure);
      INSERT INTO tally_meta (key, value) SELECT 'part_links', '1' WHERE NOT EXISTS (SELECT 1 FROM groups);
    `,
  },
  {
    // a measure's claims in order, for a query that reads them a page at a time (claim-query.ts)
    version: 5,
    sql: () => `
      CREATE INDEX claims_measure ON claims(measure, seq, n);
    `,
  },
  {
    // a group's claims in order, for a query of one group read a page at a time (claim-query.ts)
    version: 6,
    sql: () => `
      CREATE INDEX claims_group ON claims(grp, seq, n);
    `,
  },
  {
    // an entity's mentions in the ledger's order, for the first of them or a page read from the index alone (store-view.ts):
    // a story's main actor is mentioned in most of its reports, too many to sort at each request
    version: 7,
    sql: () => `
      ALTER TABLE mentions ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;
      UPDATE mentions SET seq = (SELECT d.seq FROM documents d WHERE d.id = mentions.doc);
      CREATE INDEX mentions_order ON mentions(entity, seq, n);
      DROP INDEX mentions_entity;
    `,
  },
];

/** The PostgreSQL advisory lock of whoever changes the schema or builds what it holds once: one process at a time. */
export const SCHEMA_LOCK = 7361001;

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export async function migrate(db: SqlDriver): Promise<void> {
  await db.exec('CREATE TABLE IF NOT EXISTS tally_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  await db.transaction(async () => {
    // one migrator at a time: a second process waits here, then finds the work done
    if (db.dialect === 'postgres') await db.run(`SELECT pg_advisory_xact_lock(${SCHEMA_LOCK})`);
    const [row] = await db.all<{ value: string }>("SELECT value FROM tally_meta WHERE key = 'schema_version'");
    const current = row ? Number(row.value) : 0;
    if (current > SCHEMA_VERSION) throw new Error(`the store was written by a newer Tally (schema ${current}; this one knows ${SCHEMA_VERSION})`);
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      await db.exec(m.sql(db.dialect));
      await db.run("INSERT INTO tally_meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [String(m.version)]);
    }
  });
}
