/** How the digest writes the things several sections show: who said it, and when. */
import type { Claim } from '../../ledger/schema.js';

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
