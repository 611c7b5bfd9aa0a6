/**
 * How the claims of one measure group stand to each other, without judging
 * every two of them (a group may hold thousands). Claims that say the same
 * (same family, figure, time and date of saying) are one voice and are judged
 * once. Up to `JUDGE_ALL_VOICES` voices every two are judged; beyond that,
 * each voice is judged against the edges of the group and of each family
 * that holds a twentieth of its voices or more (their lowest and highest
 * figures), which finds a conflict or a revision wherever one lies at those
 * edges: the cost grows with the voices. A store keeps what this needs
 * (`StandingState`) and judges a grown group's new voices alone.
 * Pairs of one report and one family are never judged (two figures of one
 * source in one report are two quantities). Only pairs that do not simply
 * agree are kept, at most `MAX_KEPT_PAIRS` of them.
 */
import type { Claim, Group } from '../ledger/schema.js';
import { claimInterval } from './claim-interval.js';
import { judgePair } from './claim-pairs.js';
import { pushTo } from '../core/multimap.js';
import { pushAll } from '../core/push-all.js';

export const JUDGE_ALL_VOICES = 150;
export const MAX_KEPT_PAIRS = 200;

interface Voice {
  readonly claim: Claim;
  readonly low: number;
  readonly high: number;
  /** its place among the group's voices */
  readonly at: number;
}

export interface GroupStanding {
  readonly status: Group['status'];
  readonly pairs: Group['pairs'];
  readonly pairsOmitted: number;
}

/** A voice at an edge, by claim id, with the figures that made it one (null for an open end). */
interface EdgeVoice {
  readonly id: string;
  readonly at: number;
  readonly low: number | null;
  readonly high: number | null;
}

/**
 * What judging the claims added to a group later needs besides the group:
 * how many voices it has, each family's voices (in the order of their first),
 * and the voices at its edges (over all, then per largest family: the lowest
 * and the highest). Plain JSON, for a store to keep with the group.
 */
export interface StandingState {
  readonly voices: number;
  readonly families: readonly (readonly [string, number])[];
  readonly edges: readonly (readonly [EdgeVoice, EdgeVoice])[];
  /** a group judged pair by pair: its voices' claims, in order */
  readonly voiceIds?: readonly string[];
}

export function groupStanding(claims: readonly Claim[]): GroupStanding & { state: StandingState } {
  const voices = voicesOf(claims, () => undefined, 0);
  const judged: Group['pairs'] = [];
  let compared = 0;
  const judge = (a: Voice, b: Voice): void => {
    if (a !== b && judgeVoices(a, b, judged)) compared++;
  };
  const edges = familyEdges(voices);
  if (voices.length <= JUDGE_ALL_VOICES) {
    for (let i = 0; i < voices.length; i++) for (let j = i + 1; j < voices.length; j++) judge(voices[i]!, voices[j]!);
  } else {
    const extremes = extremesOf(edges.edges);
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
  return { ...settle([], 0, 'single', judged, compared), state: stateOf(voices, edges) };
}

/**
 * The standing of a group of more than `JUDGE_ALL_VOICES` voices after
 * claims are added after its last one, from its standing before and its
 * state, judging the new voices alone: the same as `groupStanding` over all
 * the claims, or null where that takes more (the new voices move an edge, or
 * change which families are the largest), and the group must be judged anew.
 * `priorDoc` gives, for a new claim, the report of the group's first claim
 * with its voice key (`voiceKey`), if it had one; `claimOf` the claims at
 * the edges.
 */
export function extendStanding(
  before: GroupStanding,
  state: StandingState,
  added: readonly Claim[],
  priorDoc: (c: Claim) => string | undefined,
  claimOf: (id: string) => Claim | undefined,
): (GroupStanding & { state: StandingState }) | null {
  const voices = voicesOf(added, priorDoc, state.voices);
  if (state.voices <= JUDGE_ALL_VOICES) return extendPairwise(before, state, voices, claimOf);
  const counts = new Map(state.families.map(([f, n]) => [f, n]));
  for (const v of voices) counts.set(v.claim.family ?? '', (counts.get(v.claim.family ?? '') ?? 0) + 1);
  const families = [...counts];
  const largest = largestFamilies(families, state.voices + voices.length);
  if (largest.join(KEY) !== largestFamilies(state.families, state.voices).join(KEY)) return null;
  const lists: ((v: Voice) => boolean)[] = [() => true, ...largest.map((f) => (v: Voice) => (v.claim.family ?? '') === f)];
  for (const [i, inList] of lists.entries()) {
    const [lowest, highest] = state.edges[i]!;
    for (const v of voices) if (inList(v) && (v.high < (lowest.high ?? Infinity) || v.low > (highest.low ?? -Infinity))) return null;
  }
  const extremes: Voice[] = [];
  for (const edge of extremesOf(state.edges)) {
    const claim = claimOf(edge.id);
    if (!claim) return null;
    extremes.push(voiceOf(claim, edge.at));
  }
  const judged: Group['pairs'] = [];
  let compared = 0;
  for (const v of voices) {
    for (const e of extremes) if (judgeVoices(v, e, judged)) compared++;
  }
  const known = before.pairs.length + before.pairsOmitted;
  return { ...settle(before.pairs, known, before.status, judged, compared), state: { voices: state.voices + voices.length, families, edges: state.edges } };
}

/**
 * A group judged pair by pair that stays within `JUDGE_ALL_VOICES`: each new
 * voice judged against every voice before it, the pairs kept merged with
 * those kept before in the order one judgement over all would give them.
 */
function extendPairwise(before: GroupStanding, state: StandingState, added: readonly Voice[], claimOf: (id: string) => Claim | undefined): (GroupStanding & { state: StandingState }) | null {
  if (!state.voiceIds || state.voices + added.length > JUDGE_ALL_VOICES) return null;
  const voices: Voice[] = [];
  for (const [at, id] of state.voiceIds.entries()) {
    const claim = claimOf(id);
    if (!claim) return null;
    voices.push(voiceOf(claim, at));
  }
  pushAll(voices, added);
  const at = new Map(voices.map((v) => [v.claim.id, v.at]));
  const judged: Group['pairs'] = [];
  let compared = 0;
  for (let i = 0; i < voices.length; i++) {
    for (let j = Math.max(i + 1, state.voices); j < voices.length; j++) if (judgeVoices(voices[i]!, voices[j]!, judged)) compared++;
  }
  const known = before.pairs.length + before.pairsOmitted;
  const order = (p: Group['pairs'][number]): [number, number] => [at.get(p.a)!, at.get(p.b)!];
  return { ...settle(before.pairs, known, before.status, judged, compared, order), state: stateOf(voices, familyEdges(voices)) };
}

/**
 * Judges two voices, unless they are one family in one report (two figures
 * of one source in one report are two quantities), and keeps the pair unless
 * they simply agree; whether they were judged.
 */
function judgeVoices(a: Voice, b: Voice, judged: Group['pairs']): boolean {
  if (a.claim.doc === b.claim.doc && a.claim.family === b.claim.family) return false;
  const { relation, reason } = judgePair(a.claim, b.claim);
  if (relation !== 'agree') judged.push({ a: a.claim.id, b: b.claim.id, relation, reason });
  return true;
}

function stateOf(voices: readonly Voice[], { families, edges }: ReturnType<typeof familyEdges>): StandingState {
  const state = { voices: voices.length, families, edges: edges.map(([lo, hi]) => [edgeVoice(lo), edgeVoice(hi)] as const) };
  return voices.length <= JUDGE_ALL_VOICES ? { ...state, voiceIds: voices.map((v) => v.claim.id) } : state;
}

const KEY = '\u0000';

/** What makes two claims of a group one voice: the same family, figure, time and date of saying. */
export function voiceKey(c: Claim): string {
  return [c.family, c.qualifier, c.value.low, c.value.high, c.time?.start, c.time?.end, c.asserted.value, c.asserted.earliest, c.asserted.latest].join(KEY);
}

/**
 * The standing from the pairs judged before (those kept, `known` in all, and
 * the status they gave) and the pairs judged since. Pairs of a kind keep the
 * order they were judged in: `order` gives each pair's place in a judgement
 * over all (the places of its two voices) where the new pairs fall among the
 * earlier ones; without it they all come after.
 */
function settle(kept: Group['pairs'], known: number, before: Group['status'], judged: Group['pairs'], compared: number, order?: (p: Group['pairs'][number]) => [number, number]): GroupStanding {
  const has = (r: string) => judged.some((p) => p.relation === r);
  const conflict = before === 'conflict' || before === 'mixed' || has('conflict');
  const revision = before === 'revised' || before === 'mixed' || has('revision');
  const status: Group['status'] = before === 'single' && compared === 0 ? 'single' : conflict && revision ? 'mixed' : conflict ? 'conflict' : revision ? 'revised' : 'agree';
  // conflicts and revisions first: they are what a reader looks for; those judged earlier before later ones of their kind
  const rank = (p: Group['pairs'][number]) => ['conflict', 'revision', 'different_times', 'different_places', 'loose'].indexOf(p.relation);
  const byOrder = (x: Group['pairs'][number], y: Group['pairs'][number]) => {
    if (!order) return 0;
    const [ox, oy] = [order(x), order(y)];
    return ox[0] - oy[0] || ox[1] - oy[1];
  };
  const pairs = [...kept, ...judged].sort((x, y) => rank(x) - rank(y) || byOrder(x, y)).slice(0, MAX_KEPT_PAIRS);
  return { status, pairs, pairsOmitted: known + judged.length - pairs.length };
}

/**
 * The voices among claims, in order: a claim is one unless an earlier claim
 * of another report said the same (so every voice of a key is of the report
 * that said it first: `priorDoc` for claims before these).
 */
function voicesOf(claims: readonly Claim[], priorDoc: (c: Claim) => string | undefined, from: number): Voice[] {
  const voices: Voice[] = [];
  const firstDoc = new Map<string, string>();
  for (const c of claims) {
    const key = voiceKey(c);
    const doc = firstDoc.get(key) ?? priorDoc(c);
    if (doc !== undefined && doc !== c.doc) continue;
    if (doc === undefined) firstDoc.set(key, c.doc);
    voices.push(voiceOf(c, from + voices.length));
  }
  return voices;
}

function voiceOf(c: Claim, at: number): Voice {
  const interval = claimInterval(c) ?? { low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY };
  return { claim: c, low: interval.low, high: interval.high, at };
}

function edgeVoice(v: Voice): EdgeVoice {
  return { id: v.claim.id, at: v.at, low: Number.isFinite(v.low) ? v.low : null, high: Number.isFinite(v.high) ? v.high : null };
}

/** Families whose edges are judged against every voice, at most: those that hold at least this share of its voices. */
const MAX_EDGE_FAMILIES = 20;

/**
 * The families whose edges are judged against every voice: those that hold
 * at least 1 / `MAX_EDGE_FAMILIES` of the group's voices, in the order they
 * were first heard; figures the outlets give on their own authority count as
 * one family, ''. A share, not a rank, so that a few more voices rarely
 * change which families these are.
 */
function largestFamilies(families: readonly (readonly [string, number])[], voices: number): string[] {
  return families.filter(([, n]) => n * MAX_EDGE_FAMILIES >= voices).map(([f]) => f);
}

/**
 * Each family's voices, and the voices at the edges: over all, and per
 * largest family, the voice with the lowest top and the one with the highest
 * bottom (the first of them on a tie).
 */
function familyEdges(voices: readonly Voice[]): { families: [string, number][]; edges: [Voice, Voice][] } {
  const byFamily = new Map<string, Voice[]>();
  for (const v of voices) pushTo(byFamily, v.claim.family ?? '', v);
  const families = [...byFamily].map(([f, list]) => [f, list.length] as [string, number]);
  const edges: [Voice, Voice][] = [];
  if (voices.length === 0) return { families, edges };
  for (const list of [voices, ...largestFamilies(families, voices.length).map((f) => byFamily.get(f)!)]) {
    let lowest = list[0]!;
    let highest = list[0]!;
    for (const v of list) {
      if (v.high < lowest.high) lowest = v;
      if (v.low > highest.low) highest = v;
    }
    edges.push([lowest, highest]);
  }
  return { families, edges };
}

/** The voices at the edges, each once, in the order the group heard them (so that which edge a voice stands at does not change the order of judging). */
function extremesOf<T extends { readonly at: number }>(edges: readonly (readonly [T, T])[]): T[] {
  const byPlace = new Map<number, T>();
  for (const [lo, hi] of edges) byPlace.set(lo.at, lo).set(hi.at, hi);
  return [...byPlace.values()].sort((a, b) => a.at - b.at);
}
