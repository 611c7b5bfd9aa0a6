/**
 * Spreadsheet exports: claims.csv (one row per figure, with its claimant,
 * family, time, place, group and status, and where it is in its report) and
 * quotes.csv (one row per direct quote with its speaker). RFC 4180, UTF-8,
 * a header row; empty cells for what the ledger leaves null.
 */
import { stringify } from 'csv-stringify/sync';
import type { Claim, Group, Ledger, LedgerDocument, Quote } from '../../ledger/schema.js';
import { formatValue } from '../format.js';

const CLAIM_COLUMNS = [
  'id', 'report', 'outlet', 'published', 'figure', 'low', 'high', 'qualifier', 'unit', 'counted', 'measure', 'modality', 'change',
  'claimant', 'claimant_entity', 'family', 'via', 'time', 'time_start', 'time_end', 'place', 'said', 'said_basis',
  'group', 'group_status', 'agreeing_claimants', 'agreeing_reports', 'copied_in', 'as_written', 'start', 'end',
] as const;

/** What a row shows of a claim's report and group, looked up by id. */
export interface RowContext {
  report(id: string): Pick<LedgerDocument, 'outlet' | 'published'> | undefined;
  status(group: string): Group['status'] | undefined;
}

type Shown = { readonly documents: readonly Pick<LedgerDocument, 'id' | 'outlet' | 'published'>[]; readonly groups: readonly Pick<Group, 'id' | 'status'>[] };

/** The lookups of a ledger's (or a store query's) reports and groups. */
export function rowContext(shown: Shown): RowContext {
  const docs = new Map(shown.documents.map((d) => [d.id, d]));
  const groups = new Map(shown.groups.map((g) => [g.id, g.status]));
  return { report: (id) => docs.get(id), status: (group) => groups.get(group) };
}

/** The claims given, with what their rows show of their reports and groups (a whole ledger, or a store query's matches). */
export function claimsCsv(ledger: Pick<Ledger, 'claims'> & Shown): string {
  const context = rowContext(ledger);
  return csv(ledger.claims.map((c) => claimRow(c, context)), CLAIM_COLUMNS, true);
}

/** claims.csv written as the claims are read, in pieces of `page` rows: the text `claimsCsv` gives. */
export function claimsCsvText(claims: AsyncIterable<Claim> | Iterable<Claim>, context: RowContext, page = 1000): AsyncGenerator<string> {
  return csvPieces(claims, (c) => claimRow(c, context), CLAIM_COLUMNS, page);
}

export function quotesCsv(ledger: Pick<Ledger, 'quotes' | 'documents'>): string {
  const context = rowContext({ documents: ledger.documents, groups: [] });
  return csv(ledger.quotes.map((q) => quoteRow(q, context)), QUOTE_COLUMNS, true);
}

/** quotes.csv written as the quotes are read: the text `quotesCsv` gives. */
export function quotesCsvText(quotes: AsyncIterable<Quote> | Iterable<Quote>, context: RowContext, page = 1000): AsyncGenerator<string> {
  return csvPieces(quotes, (q) => quoteRow(q, context), QUOTE_COLUMNS, page);
}

function claimRow(c: Claim, context: RowContext): unknown[] {
  const d = context.report(c.doc);
  return [
    c.id, c.doc, d?.outlet, d?.published?.value, formatValue(c), c.value.low, c.value.high, c.qualifier, c.unit, c.counted?.text, c.measure, c.modality, c.change?.direction,
    c.claimant?.name ?? c.claimant?.text, c.claimant?.entity, c.family, c.via.map((v) => v.name ?? v.text).join('; '), c.time?.text, c.time?.start, c.time?.end, c.place?.text,
    c.asserted.basis === 'inferred' ? [c.asserted.earliest, c.asserted.latest].filter(Boolean).join('/') : c.asserted.value, c.asserted.basis,
    c.group, c.group ? context.status(c.group) : null, c.corroboration?.claimants, c.corroboration?.outlets, c.corroboration?.copies, c.text, c.span.start, c.span.end,
  ];
}

const QUOTE_COLUMNS = ['id', 'report', 'outlet', 'speaker', 'speaker_entity', 'speaker_as_written', 'cue', 'quote', 'start', 'end'] as const;

function quoteRow(q: Quote, context: RowContext): unknown[] {
  return [q.id, q.doc, context.report(q.doc)?.outlet, q.speaker?.name ?? q.speaker?.text, q.speaker?.entity, q.speaker?.text, q.cue?.text, q.text, q.span.start, q.span.end];
}

function csv(rows: readonly unknown[][], columns: readonly string[], header: boolean): string {
  return stringify(rows as unknown[][], { header, columns: [...columns], cast: { number: String } });
}

async function* csvPieces<T>(items: AsyncIterable<T> | Iterable<T>, row: (item: T) => unknown[], columns: readonly string[], page: number): AsyncGenerator<string> {
  let rows: unknown[][] = [];
  let header = true;
  for await (const item of items) {
    rows.push(row(item));
    if (rows.length < page) continue;
    yield csv(rows, columns, header);
    [rows, header] = [[], false];
  }
  if (rows.length > 0 || header) yield csv(rows, columns, header);
}
