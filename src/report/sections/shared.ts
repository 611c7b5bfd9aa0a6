/** How the digest and the HTML report write what both show: who said it, when, a group's title, quotes by speaker. */
import { pushTo } from '../../core/multimap.js';
import type { Claim, Group, Ledger, Quote } from '../../ledger/schema.js';

/** "he (Vladimir Putin)": the phrase as written, with who it is when that differs. */
export function actorName(a: { text: string; name: string | null }): string {
  return a.name && a.name !== a.text ? `${a.text} (${a.name})` : a.text;
}

/** The date a claim was made, as the digest shows it: a window where it was inferred. */
export function saidWhen(a: Claim['asserted']): string | null {
  if (a.basis === 'text') return `${a.value} (“${a.text}”)`;
  if (a.basis === 'inferred') return a.latest ? `${a.earliest ?? '…'} – ${a.latest}, inferred` : a.earliest ? `on or after ${a.earliest}, inferred` : null;
  return a.value;
}

/** "deployed: troop (Russia)", "planned deployed: troop". */
export function groupTitle(g: Group): string {
  const what = g.counted ?? g.unit ?? '';
  return `${g.modality === 'done' ? '' : `${g.modality} `}${g.measure}${what ? `: ${what}` : ''}${g.country ? ` (${g.country})` : ''}`;
}

export interface SpeakerQuotes {
  readonly name: string;
  readonly quotes: Quote[];
}

/** The quotes gathered by speaker (the entity, else the name as written): the most quoted first, those with no speaker last. */
export function quotesBySpeaker(ledger: Pick<Ledger, 'entities' | 'quotes'>): SpeakerQuotes[] {
  const names = new Map(ledger.entities.map((e) => [e.id, e.name]));
  const bySpeaker = new Map<string, SpeakerQuotes>();
  for (const q of ledger.quotes) {
    const key = q.speaker ? (q.speaker.entity ?? (q.speaker.name ?? q.speaker.text).toLowerCase()) : '';
    const name = q.speaker ? ((q.speaker.entity && names.get(q.speaker.entity)) ?? q.speaker.name ?? q.speaker.text) : 'Speaker not found';
    const entry = bySpeaker.get(key) ?? { name, quotes: [] };
    entry.quotes.push(q);
    bySpeaker.set(key, entry);
  }
  return [...bySpeaker.entries()].sort(([ka, a], [kb, b]) => Number(ka === '') - Number(kb === '') || b.quotes.length - a.quotes.length).map(([, v]) => v);
}

/** Items by the document they belong to, in their order: one pass, however many documents. */
export function byDocument<T extends { readonly doc: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) pushTo(out, item.doc, item);
  return out;
}
