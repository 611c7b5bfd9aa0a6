/**
 * Spreadsheet exports: claims.csv (one row per figure, with its claimant,
 * family, time, place, group and status, and where it is in its report) and
 * quotes.csv (one row per direct quote with its speaker). RFC 4180, UTF-8,
 * a header row; empty cells for what the ledger leaves null.
 */
import { stringify } from 'csv-stringify/sync';
import type { Group, Ledger, LedgerDocument } from '../../ledger/schema.js';
import { formatValue } from '../format.js';

const CLAIM_COLUMNS = [
  'id', 'report', 'outlet', 'published', 'figure', 'low', 'high', 'qualifier', 'unit', 'counted', 'measure', 'modality', 'change',
  'claimant', 'claimant_entity', 'family', 'via', 'time', 'time_start', 'time_end', 'place', 'said', 'said_basis',
  'group', 'group_status', 'agreeing_claimants', 'agreeing_reports', 'copied_in', 'as_written', 'start', 'end',
] as const;

/** The claims given, with what their rows show of their reports and groups (a whole ledger, or a store query's matches). */
export function claimsCsv(ledger: Pick<Ledger, 'claims'> & { readonly documents: readonly Pick<LedgerDocument, 'id' | 'outlet' | 'published'>[]; readonly groups: readonly Pick<Group, 'id' | 'status'>[] }): string {
  const docs = new Map(ledger.documents.map((d) => [d.id, d]));
  const groups = new Map(ledger.groups.map((g) => [g.id, g]));
  const rows = ledger.claims.map((c) => {
    const d = docs.get(c.doc);
    return [
      c.id, c.doc, d?.outlet, d?.published?.value, formatValue(c), c.value.low, c.value.high, c.qualifier, c.unit, c.counted?.text, c.measure, c.modality, c.change?.direction,
      c.claimant?.name ?? c.claimant?.text, c.claimant?.entity, c.family, c.via.map((v) => v.name ?? v.text).join('; '), c.time?.text, c.time?.start, c.time?.end, c.place?.text,
      c.asserted.basis === 'inferred' ? [c.asserted.earliest, c.asserted.latest].filter(Boolean).join('/') : c.asserted.value, c.asserted.basis,
      c.group, c.group ? groups.get(c.group)?.status : null, c.corroboration?.claimants, c.corroboration?.outlets, c.corroboration?.copies, c.text, c.span.start, c.span.end,
    ];
  });
  return stringify(rows, { header: true, columns: [...CLAIM_COLUMNS], cast: { number: String } });
}

export function quotesCsv(ledger: Ledger): string {
  const docs = new Map(ledger.documents.map((d) => [d.id, d]));
  const rows = ledger.quotes.map((q) => [q.id, q.doc, docs.get(q.doc)?.outlet, q.speaker?.name ?? q.speaker?.text, q.speaker?.entity, q.speaker?.text, q.cue?.text, q.text, q.span.start, q.span.end]);
  return stringify(rows, { header: true, columns: ['id', 'report', 'outlet', 'speaker', 'speaker_entity', 'speaker_as_written', 'cue', 'quote', 'start', 'end'], cast: { number: String } });
}
