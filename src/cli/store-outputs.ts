/**
 * The files a store is written as while it is read, a page of records at a
 * time, without holding its ledger: ledger.json, claims.csv and quotes.csv,
 * claims.jsonld (`tally report` and `tally export`). The digest and the HTML
 * report are made from the ledger as shown, read whole but its attributions.
 */
import type { Group } from '../ledger/schema.js';
import { claimsCsvText, quotesCsvText } from '../report/export/csv.js';
import { claimsJsonLdText } from '../report/export/claims-jsonld.js';
import { ledgerJsonText } from '../report/export/ledger-json.js';
import { withNewline } from '../report/export/json-text.js';
import { DocumentFacts, appearances, entityTypes, groupStatuses } from '../store/record-facts.js';
import type { LedgerReader } from '../store/ledger-reader.js';
import type { Store } from '../store/store.js';
import type { Format, PageFormat } from './outputs.js';

/** The formats written as the store is read. */
export const READ_AS_WRITTEN: readonly Format[] = ['json', 'csv', 'jsonld'];

/** A format written as the store is read. */
export type ReadAsWritten = Exclude<Format, PageFormat>;

/** Whether a format is written as the store is read; the others are pages, made from its ledger as shown. */
export const isReadAsWritten = (format: Format): format is ReadAsWritten => READ_AS_WRITTEN.includes(format);

/**
 * The files of a format written as `READ_AS_WRITTEN` says, by name. `read`:
 * the store's reader, shared by the formats of one run, so the claims'
 * corroboration is worked out once for all their files.
 */
export async function storeOutputs(format: ReadAsWritten, store: Store, read: LedgerReader = store.reader()): Promise<[string, AsyncIterable<string>][]> {
  switch (format) {
    case 'json':
      return [['ledger.json', withNewline(ledgerJsonText(read))]];
    case 'csv':
      return [
        ['claims.csv', await storeCsvText(store, 'claims', read)],
        ['quotes.csv', await storeCsvText(store, 'quotes', read)],
      ];
    case 'jsonld': {
      const [reports, types] = [await appearances(store.db), await entityTypes(store.db)];
      return [['claims.jsonld', claimsJsonLdText(read.claims(), { report: (id) => reports.get(id), entityType: (id) => types.get(id) })]];
    }
  }
}

/** claims.csv or quotes.csv as the store's records are read, each row with its report's outlet and date (and its group's status), which are read first. */
export async function storeCsvText(store: Store, what: 'claims' | 'quotes', read: LedgerReader = store.reader()): Promise<AsyncGenerator<string>> {
  const reports = new DocumentFacts(store.db);
  await reports.loadAll();
  const statuses = what === 'claims' ? await groupStatuses(store.db) : new Map<string, string>();
  const context = { report: (id: string) => reports.get(id), status: (group: string) => statuses.get(group) as Group['status'] | undefined };
  return what === 'claims' ? claimsCsvText(read.claims(), context) : quotesCsvText(read.quotes(), context);
}
