/**
 * Measure groups: the claims of all reports that measure the same thing, side
 * by side. Claims go together when their measure, unit and modality are the
 * same and what they count is compatible ("troops" and "North Korean
 * soldiers"; "casualties", which the measure already says, goes with any).
 * Planned or possible figures never join figures of what was done, a part
 * of another figure ("including 3,000") never joins its whole, and a figure
 * counting something else ("containers", "launchers") makes its own group; each group lists the groups of its measure it was kept apart from,
 * and why.
 *
 * Within a group every two claims from different reports, or from different
 * claimants of one report, are judged (`claim-pairs.ts`); the group's status
 * follows: `conflict` and `revision` pairs make it `conflict`, `revised` or,
 * both together, `mixed`; otherwise it is `agree` (`single` for one claim).
 * Reads claims, documents and copies; never the texts.
 */
import type { Claim, Copy, Group, LedgerDocument } from '../ledger/schema.js';
import { judgePair } from './claim-pairs.js';
import { countedClass } from './counted-class.js';
import { inCopiedPassage } from './copies.js';

type Modality = Group['modality'];

interface Slot {
  readonly claim: Claim;
  readonly head: string | null;
}

export interface Grouped {
  readonly groups: Group[];
  readonly claims: Claim[];
}

export function groupClaims(claims: readonly Claim[], documents: readonly LedgerDocument[], copies: readonly Copy[]): Grouped {
  const buckets = new Map<string, Slot[]>();
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const claim of claims) {
    // a part of a figure of its measure ("including 3,000") is its own quantity, never the whole's rival
    const whole = claim.partOf ? byId.get(claim.partOf) : undefined;
    const part = whole && whole.measure === claim.measure ? `\u0000part of ${whole.id}` : '';
    const key = `${claim.measure}\u0000${claim.unit ?? ''}\u0000${modalityOf(claim)}${part}`;
    const slots = buckets.get(key) ?? [];
    slots.push({ claim, head: countedClass(claim.counted?.text ?? null, claim.measure) });
    buckets.set(key, slots);
  }
  const members: Slot[][] = [];
  for (const slots of buckets.values()) members.push(...splitByCounted(slots));
  // groups in the order of their first claim, so the same batch gives the same ids
  const order = new Map(claims.map((c, i) => [c.id, i]));
  members.sort((a, b) => order.get(a[0]!.claim.id)! - order.get(b[0]!.claim.id)!);

  const outletOf = new Map(documents.map((d) => [d.id, d.outlet ?? d.id]));
  const groupOf = new Map<string, string>();
  const groups: Group[] = members.map((slots, i) => {
    const id = `g${i + 1}`;
    for (const s of slots) groupOf.set(s.claim.id, id);
    return toGroup(id, slots);
  });
  for (const g of groups) g.apart = apartFrom(g, groups, byId);

  const out = claims.map((c) => {
    const group = groups.find((g) => g.id === groupOf.get(c.id))!;
    return { ...c, group: group.id, corroboration: corroboration(c, group, byId, outletOf, copies) };
  });
  return { groups, claims: out };
}

function modalityOf(c: Claim): Modality {
  return c.modality === 'planned' ? 'planned' : c.modality === 'possible' ? 'possible' : c.modality === 'denied' ? 'denied' : 'done';
}

/** Claims of one measure, unit and modality split by what they count; claims whose count only the measure says join the largest part. */
function splitByCounted(slots: readonly Slot[]): Slot[][] {
  const parts = new Map<string, Slot[]>();
  const generic: Slot[] = [];
  for (const s of slots) {
    if (s.head === null) generic.push(s);
    else parts.set(s.head, [...(parts.get(s.head) ?? []), s]);
  }
  const sorted = [...parts.values()].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [generic];
  sorted[0]!.push(...generic);
  return sorted;
}

function toGroup(id: string, slots: readonly Slot[]): Group {
  const claims = slots.map((s) => s.claim);
  const pairs: Group['pairs'] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const [a, b] = [claims[i]!, claims[j]!];
      // two figures of one report from one claimant are two different quantities ("14,000 … including 3,000")
      if (a.doc === b.doc && a.family === b.family) continue;
      const { relation, reason } = judgePair(a, b);
      pairs.push({ a: a.id, b: b.id, relation, reason });
    }
  }
  const has = (r: string) => pairs.some((p) => p.relation === r);
  // figures no other report or claimant gives stand alone, however many they are
  const status: Group['status'] = pairs.length === 0 ? 'single' : has('conflict') && has('revision') ? 'mixed' : has('conflict') ? 'conflict' : has('revision') ? 'revised' : 'agree';
  const lows = claims.map((c) => c.value.low ?? c.value.high).filter((v): v is number => v !== null);
  const highs = claims.map((c) => c.value.high ?? c.value.low).filter((v): v is number => v !== null);
  const first = claims[0]!;
  const heads = slots.map((s) => s.head).filter((h): h is string => h !== null);
  return {
    id,
    measure: first.measure,
    counted: heads[0] ?? null,
    unit: first.unit,
    modality: modalityOf(first),
    claims: claims.map((c) => c.id),
    status,
    low: lows.length > 0 ? Math.min(...lows) : null,
    high: highs.length > 0 ? Math.max(...highs) : null,
    pairs,
    apart: [],
  };
}

/** The other groups of the same measure, and what keeps each apart from this one. */
function apartFrom(g: Group, groups: readonly Group[], byId: ReadonlyMap<string, Claim>): Group['apart'] {
  const out: Group['apart'] = [];
  const partsOf = (x: Group, y: Group) => x.claims.map((id) => byId.get(id)!).filter((c) => c.partOf !== null && y.claims.includes(c.partOf));
  for (const o of groups) {
    if (o === g || o.measure !== g.measure) continue;
    const reasons: string[] = [];
    for (const c of partsOf(o, g)) reasons.push(`${c.text} is a part of ${byId.get(c.partOf!)!.text}`);
    for (const c of partsOf(g, o)) reasons.push(`${c.text} is a part of ${byId.get(c.partOf!)!.text}`);
    if (o.modality !== g.modality) reasons.push(`${o.modality} figures, not ${g.modality === 'done' ? 'what was done' : `${g.modality} ones`}`);
    if (o.unit !== g.unit) reasons.push(`in ${o.unit ?? 'no unit'}, not ${g.unit ?? 'no unit'}`);
    if (o.counted !== g.counted && o.counted !== null && g.counted !== null) reasons.push(`counts ${o.counted}, not ${g.counted}`);
    if (reasons.length > 0) out.push({ group: o.id, reason: reasons.join('; ') });
  }
  return out;
}

/** How many claimant families and reports give a figure that agrees with this one; reports that only copy its text are counted apart. */
function corroboration(c: Claim, g: Group, byId: ReadonlyMap<string, Claim>, outletOf: ReadonlyMap<string, string>, copies: readonly Copy[]): Claim['corroboration'] {
  const families = new Set([familyKey(c, outletOf)]);
  const outlets = new Set([outletOf.get(c.doc) ?? c.doc]);
  let copied = 0;
  for (const p of g.pairs) {
    if (p.relation !== 'agree' || (p.a !== c.id && p.b !== c.id)) continue;
    const other = byId.get(p.a === c.id ? p.b : p.a)!;
    if (other.doc !== c.doc && inCopiedPassage(copies, c, other)) {
      copied++;
      continue;
    }
    families.add(familyKey(other, outletOf));
    outlets.add(outletOf.get(other.doc) ?? other.doc);
  }
  return { claimants: families.size, outlets: outlets.size, copies: copied };
}

function familyKey(c: Claim, outletOf: ReadonlyMap<string, string>): string {
  return c.family ?? `outlet:${outletOf.get(c.doc) ?? c.doc}`;
}
