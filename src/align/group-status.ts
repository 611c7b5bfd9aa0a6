/**
 * How the claims of one measure group stand to each other, without judging
 * every two of them (a group may hold thousands). Claims that say the same
 * (same family, figure, time and date of saying) are one voice and are judged
 * once. Up to `JUDGE_ALL_VOICES` voices every two are judged; beyond that,
 * each voice is judged against the edges of the group and of its largest
 * families (their lowest and highest figures), which finds a conflict or a
 * revision wherever one lies at those edges: the cost grows with the voices.
 * Pairs of one report and one family are never judged (two figures of one
 * source in one report are two quantities). Only pairs that do not simply
 * agree are kept, at most `MAX_KEPT_PAIRS` of them.
 */
import type { Claim, Group } from '../ledger/schema.js';
import { claimInterval } from './claim-interval.js';
import { judgePair } from './claim-pairs.js';
import { pushTo } from '../core/multimap.js';

export const JUDGE_ALL_VOICES = 150;
export const MAX_KEPT_PAIRS = 200;

interface Voice {
  readonly claim: Claim;
  readonly low: number;
  readonly high: number;
}

export interface GroupStanding {
  readonly status: Group['status'];
  readonly pairs: Group['pairs'];
  readonly pairsOmitted: number;
}

export function groupStanding(claims: readonly Claim[]): GroupStanding {
  const voices = voicesOf(claims);
  const judged: Group['pairs'] = [];
  let compared = 0;
  const judge = (a: Voice, b: Voice): void => {
    if (a === b || (a.claim.doc === b.claim.doc && a.claim.family === b.claim.family)) return;
    compared++;
    const { relation, reason } = judgePair(a.claim, b.claim);
    if (relation !== 'agree') judged.push({ a: a.claim.id, b: b.claim.id, relation, reason });
  };
  if (voices.length <= JUDGE_ALL_VOICES) {
    for (let i = 0; i < voices.length; i++) for (let j = i + 1; j < voices.length; j++) judge(voices[i]!, voices[j]!);
  } else {
    const extremes = familyExtremes(voices);
    const seen = new Set<string>();
    for (const v of voices) {
      for (const e of extremes) {
        const key = v.claim.id < e.claim.id ? `${v.claim.id} ${e.claim.id}` : `${e.claim.id} ${v.claim.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        judge(v, e);
      }
    }
  }
  const has = (r: string) => judged.some((p) => p.relation === r);
  const status: Group['status'] = compared === 0 ? 'single' : has('conflict') && has('revision') ? 'mixed' : has('conflict') ? 'conflict' : has('revision') ? 'revised' : 'agree';
  // conflicts and revisions first: they are what a reader looks for
  const rank = (p: Group['pairs'][number]) => ['conflict', 'revision', 'different_times', 'different_places', 'loose'].indexOf(p.relation);
  const pairs = judged.sort((x, y) => rank(x) - rank(y)).slice(0, MAX_KEPT_PAIRS);
  return { status, pairs, pairsOmitted: judged.length - pairs.length };
}

function voicesOf(claims: readonly Claim[]): Voice[] {
  const seen = new Map<string, Voice>();
  const voices: Voice[] = [];
  for (const c of claims) {
    const interval = claimInterval(c) ?? { low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY };
    const key = [c.family, c.qualifier, c.value.low, c.value.high, c.time?.start, c.time?.end, c.asserted.value, c.asserted.earliest, c.asserted.latest].join('\u0000');
    if (seen.has(key) && seen.get(key)!.claim.doc !== c.doc) continue;
    const v = { claim: c, low: interval.low, high: interval.high };
    seen.set(key, v);
    voices.push(v);
  }
  return voices;
}

/** Families whose edges are judged against every voice, at most (the largest ones). */
const MAX_EDGE_FAMILIES = 20;

/**
 * The voices at the edges: over all, and per family (for the largest
 * families; figures the outlets give on their own authority count as one
 * family here), the voice with the lowest top and the one with the highest
 * bottom.
 */
function familyExtremes(voices: readonly Voice[]): Voice[] {
  const byFamily = new Map<string, Voice[]>();
  for (const v of voices) pushTo(byFamily, v.claim.family ?? '', v);
  const largest = [...byFamily.values()].sort((a, b) => b.length - a.length).slice(0, MAX_EDGE_FAMILIES);
  const out = new Set<Voice>();
  for (const list of [voices, ...largest]) {
    let lowest = list[0]!;
    let highest = list[0]!;
    for (const v of list) {
      if (v.high < lowest.high) lowest = v;
      if (v.low > highest.low) highest = v;
    }
    out.add(lowest).add(highest);
  }
  return [...out];
}
