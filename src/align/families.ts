/**
 * The claimant families of the batch with their members: each family (South
 * Korea) with the claimants that speak for it as the reports write them
 * ("Seoul", "South Korean lawmakers", "South Korean estimates"), the entity
 * each refers to, and how many claims each gives: the evidence of the merge.
 */
import type { Claim, Family } from '../ledger/schema.js';

export function claimantFamilies(claims: readonly Claim[]): Family[] {
  const byName = new Map<string, Family>();
  for (const c of claims) {
    if (!c.family || !c.claimant) continue;
    const family = byName.get(c.family) ?? { name: c.family, members: [], claims: 0 };
    byName.set(c.family, family);
    family.claims++;
    const text = c.claimant.name ?? c.claimant.text;
    const member = family.members.find((m) => m.text === text);
    if (member) member.claims++;
    else family.members.push({ text, entity: c.claimant.entity, claims: 1 });
  }
  return [...byName.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}
