/**
 * The claimant families of the batch with their members: each family (South
 * Korea) with the claimants that speak for it as the reports write them
 * ("Seoul", "South Korean lawmakers", "South Korean estimates"), the entity
 * each refers to, and how many claims each gives: the evidence of the merge.
 */
import type { Claim, Family } from '../ledger/schema.js';

export function claimantFamilies(claims: Iterable<Pick<Claim, 'family' | 'claimant'>>): Family[] {
  const tally = new FamilyTally();
  for (const c of claims) tally.add(c);
  return tally.families();
}

/** The families counted a claim at a time, for a ledger written as it is read (a store's export). */
export class FamilyTally {
  private readonly byName = new Map<string, Family>();
  // each family's members by text (a family of a large store has thousands of spellings)
  private readonly members = new Map<Family, Map<string, Family['members'][number]>>();

  add(c: Pick<Claim, 'family' | 'claimant'>): void {
    if (!c.family || !c.claimant) return;
    let family = this.byName.get(c.family);
    if (!family) {
      family = { name: c.family, members: [], claims: 0 };
      this.byName.set(c.family, family);
      this.members.set(family, new Map());
    }
    family.claims++;
    const text = c.claimant.name ?? c.claimant.text;
    const member = this.members.get(family)!.get(text);
    if (member) member.claims++;
    else {
      const made = { text, entity: c.claimant.entity, claims: 1 };
      family.members.push(made);
      this.members.get(family)!.set(text, made);
    }
  }

  families(): Family[] {
    return [...this.byName.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  }
}
