/**
 * The columns a store keeps beside each claim's record for the regroup: its
 * cell (what it counts, the country it is about: `group-cells.ts`), '' where
 * it says nothing, and a hash of its voice key (`voiceKey`: claims of one
 * group with the same key are one voice). A store made before these columns
 * has them filled from its claims when it is first opened.
 */
import { createHash } from 'node:crypto';
import { cellOf } from '../align/group-cells.js';
import { voiceKey } from '../align/group-status.js';
import type { Claim } from '../ledger/schema.js';
import { SCHEMA_LOCK } from './migrations.js';
import type { SqlDriver } from './sql.js';

export interface ClaimColumns {
  readonly head: string;
  readonly zone: string;
  readonly voice: string;
}

export function claimColumns(claim: Claim): ClaimColumns {
  const { head, zone } = cellOf(claim);
  return { head: head ?? '', zone: zone ?? '', voice: voiceHash(claim) };
}

/** The hash a store keeps of a claim's voice key: 96 bits, so no two voice keys of one store share one. */
export function voiceHash(claim: Claim): string {
  return createHash('sha1').update(voiceKey(claim)).digest('base64url').slice(0, 16);
}

const FILLED = 'claim_cells';
/** Reports whose claims are filled in at a time. */
const SEQS_AT_ONCE = 2000;

export async function fillClaimColumnsIfMissing(db: SqlDriver): Promise<void> {
  const filled = async () => (await db.all('SELECT value FROM tally_meta WHERE key = ?', [FILLED])).length > 0;
  if (await filled()) return;
  await db.transaction(async () => {
    // processes opening one PostgreSQL store at once: one fills, the others wait here and find it done (the migrations' lock)
    if (db.dialect === 'postgres') await db.run(`SELECT pg_advisory_xact_lock(${SCHEMA_LOCK})`);
    if (await filled()) return;
    const [{ m } = { m: 0 }] = await db.all<{ m: number | null }>('SELECT max(seq) AS m FROM claims');
    for (let from = 0; from <= Number(m ?? 0); from += SEQS_AT_ONCE) {
      for (const r of await db.all<{ id: string; record: string }>('SELECT id, record FROM claims WHERE seq >= ? AND seq < ?', [from, from + SEQS_AT_ONCE])) {
        const c = claimColumns(JSON.parse(r.record) as Claim);
        await db.run('UPDATE claims SET head = ?, zone = ?, voice = ? WHERE id = ?', [c.head, c.zone, c.voice, r.id]);
      }
    }
    await db.run('INSERT INTO tally_meta (key, value) VALUES (?, ?)', [FILLED, '1']);
  });
}
