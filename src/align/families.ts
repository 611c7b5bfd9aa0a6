/**
 * The claimant families of the batch with their members: each family (South
 * Korea) with the claimants that speak for it as the reports write them
 * ("Seoul", "South Korean lawmakers", "South Korean estimates"), the entity
 * each refers to, and how many claims each gives: the evidence of the merge.
 */
import type { Claim, Family } from '../ledger/schema.js';

export function claimantFamilies(claims: readonly Claim[]): Family[] {
  const byName = new Map<string, Family>();
  // each family's members by text (a family of a large store has thousands of spellings)
  const members = new Map<Family, Map<string, Family['members'][number]>>();
  for (const c of claims) {
    if (!c.family || !c.claimant) continue;
    let family = byName.get(c.family);
    if (!family) {
      family = { name: c.family, members: [], claims: 0 };
      byName.set(c.family, family);
      members.set(family, new Map());
    }
    family.claims++;
    const text = c.claimant.name ?? c.claimant.text;
    const member = members.get(family)!.get(text);
    if (member) member.claims++;
    else {
      const made = { text, entity: c.claimant.entity, claims: 1 };
      family.members.push(made);
      members.get(family)!.set(text, made);
    }
  }
  return [...byName.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}
