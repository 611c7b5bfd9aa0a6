/**
 * The digest's heart: the figures of all reports side by side, one table per
 * measure group that more than one report or claimant speaks to, with its
 * status, how its figures stand to each other and what was kept apart; then
 * the figures only one source gives.
 */
import type { Claim, Group, ShownLedger } from '../../ledger/schema.js';
import { formatNumber, formatValue } from '../format.js';
import { cell, inline, table } from '../markdown.js';
import { actorName, groupTitle, saidWhen } from './shared.js';

const STATUS_WORDS: Readonly<Record<Group['status'], string>> = {
  single: 'one source',
  agree: 'the figures agree',
  conflict: 'the figures conflict',
  revised: 'a claimant revised its figure',
  mixed: 'conflicting and revised figures',
};

export function groupsSection(ledger: ShownLedger): string | null {
  if (ledger.groups.length === 0) return null;
  const byId = new Map(ledger.claims.map((c) => [c.id, c]));
  const outletOf = new Map(ledger.documents.map((d) => [d.id, d.outlet]));
  const compared = ledger.groups.filter((g) => g.pairs.length > 0);
  const alone = ledger.groups.filter((g) => g.pairs.length === 0);
  const parts: string[] = [];
  for (const g of compared) {
    const claims = g.claims.map((id) => byId.get(id)!);
    const reports = new Set(claims.map((c) => c.doc)).size;
    const families = new Set(claims.map((c) => c.family ?? `outlet ${c.doc}`)).size;
    const rows = claims.map((c) => [
      cell(formatValue(c)),
      cell(c.qualifier),
      cell(claimantOf(c)),
      cell(`${c.doc}${outletOf.get(c.doc) ? ` (${outletOf.get(c.doc)})` : ''}`),
      cell(saidWhen(c.asserted)),
      cell(c.time ? c.time.text : null),
      cell(c.place?.text),
      cell(c.corroboration ? `${c.corroboration.claimants} claimant${c.corroboration.claimants === 1 ? '' : 's'}, ${c.corroboration.outlets} report${c.corroboration.outlets === 1 ? '' : 's'}${c.corroboration.copies ? `, ${c.corroboration.copies} copied` : ''}` : null),
      cell(`“${c.text}”`),
    ]);
    const notes = [
      ...g.pairs.filter((p) => p.relation !== 'agree').map((p) => `- ${p.relation.replace('_', ' ')}: ${inline(p.reason)}`),
      ...g.apart.map((a) => `- kept apart from ${a.group} (${inline(groupTitle(ledger.groups.find((o) => o.id === a.group)!))}): ${inline(a.reason)}`),
    ];
    parts.push(
      [
        `### ${inline(groupTitle(g))}: ${STATUS_WORDS[g.status]} (\`${g.status}\`)`,
        '',
        `${claims.length} figures from ${reports} report${reports === 1 ? '' : 's'} and ${families} claimant famil${families === 1 ? 'y' : 'ies'}${g.low !== null && g.high !== null ? `, from ${formatNumber(g.low)} to ${formatNumber(g.high)}` : ''}. Group ${g.id}.`,
        '',
        table(['Figure', 'Qualifier', 'Claimant', 'Report', 'Said', 'Time', 'Place', 'Agreeing', 'As written'], rows),
        ...(notes.length > 0 ? ['', notes.join('\n')] : []),
      ].join('\n'),
    );
  }
  if (alone.length > 0) {
    const rows = alone.flatMap((g) =>
      g.claims.map((id) => {
        const c = byId.get(id)!;
        return [cell(groupTitle(g)), cell(formatValue(c)), cell(claimantOf(c)), cell(c.doc), cell(saidWhen(c.asserted)), cell(`“${c.text}”`)];
      }),
    );
    parts.push(`### Figures only one source gives\n\n${table(['Measure', 'Figure', 'Claimant', 'Report', 'Said', 'As written'], rows)}`);
  }
  const conflicts = compared.filter((g) => g.status === 'conflict' || g.status === 'mixed').length;
  return `## Figures side by side\n\n${compared.length} measure${compared.length === 1 ? '' : 's'} that several reports or claimants give, ${conflicts} of them in conflict; a figure agrees with another when the values they allow overlap (“some” within 10%, “more than” up to half as much again).\n\n${parts.join('\n\n')}`;
}

function claimantOf(c: Claim): string | null {
  if (!c.claimant) return null;
  const name = [actorName(c.claimant), ...c.via.map((v) => `via ${actorName(v)}`)].join(', ');
  return c.family && !name.includes(c.family) ? `${name} [${c.family}]` : name;
}
