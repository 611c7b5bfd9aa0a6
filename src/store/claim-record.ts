/**
 * A claim as the store keeps it: its JSON record, and its group in the `grp`
 * column. The column is the one kept up to date: the cross-document step
 * moves claims into groups a cell at a time by the column alone, not
 * rewriting each record (`regroup.ts`), so a record's own `group` is what it
 * was when written. Every read of a claim goes through here.
 */
import type { Claim } from '../ledger/schema.js';

export type ClaimRecordRow = {
  readonly grp: string | null;
  readonly record: string;
};

export function claimOfRow(row: ClaimRecordRow): Claim {
  const claim = JSON.parse(row.record) as Claim;
  // assigned, not spread: the field keeps its place in the record
  claim.group = row.grp;
  return claim;
}
