/** The digest's claimant families: which claimants speak for one state or body, so that a reader sees why their figures are read as one voice. */
import type { ShownLedger } from '../../ledger/schema.js';
import { cell, table } from '../markdown.js';

export function familiesSection(ledger: ShownLedger): string | null {
  const shared = ledger.families.filter((f) => f.members.length > 1 || f.members[0]?.text !== f.name);
  if (shared.length === 0) return null;
  const rows = shared.map((f) => [cell(f.name), cell(f.members.map((m) => `${m.text} (${m.claims})`).join('; ')), cell(f.claims)]);
  return `## Claimant families\n\nClaimants that speak for one state or body; a later figure from the same family revises an earlier one rather than contradicting it.\n\n${table(['Family', 'Claimants (figures)', 'Figures'], rows)}`;
}
