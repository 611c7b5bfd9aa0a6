/** The files a ledger is written as, by format: shared by `tally analyze` and `tally report`. */
import path from 'node:path';
import type { Ledger, ShownLedger } from '../ledger/schema.js';
import { htmlReportPieces, type ReportTextSource } from '../report/html/report.js';
import { claimsCsvText, quotesCsvText, rowContext } from '../report/export/csv.js';
import { claimsJsonLdText, jsonLdContext } from '../report/export/claims-jsonld.js';
import { digestPieces } from '../report/digest.js';
import { writeFileAtomic } from '../report/atomic-write.js';
import { heldLedgerJsonText } from '../report/export/ledger-json.js';
import { withNewline } from '../report/export/json-text.js';
import { UsageError } from './io.js';

export const FORMATS = ['json', 'md', 'html', 'csv', 'jsonld'] as const;
export type Format = (typeof FORMATS)[number];

export const formatsHelp = `json (ledger.json), md (digest.md),
                       html (report.html: one page with charts, opens offline),
                       csv (claims.csv, quotes.csv), jsonld (claims.jsonld:
                       schema.org Claim records)`;

/** "json,md" → the formats, or a usage error naming the unknown ones. */
export function parseFormats(list: string): Format[] {
  const formats = list.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) throw new UsageError(`unknown format ${unknown.join(', ') || '(none)'}; choose from ${FORMATS.join(', ')}`);
  return formats as Format[];
}

/**
 * The files a format writes, by name, each written a piece at a time: each,
 * made one string, outgrows V8's longest (2^29 − 24 characters) on large
 * batches, ledger.json at about 15,000 reports.
 */
export function outputs(format: Format, ledger: Ledger, texts: () => ReportTextSource): OutputFiles {
  switch (format) {
    case 'json':
      return [['ledger.json', withNewline(heldLedgerJsonText(ledger))]];
    case 'md':
    case 'html':
      return pageOutputs(format, ledger, texts);
    case 'csv':
      return [
        ['claims.csv', claimsCsvText(ledger.claims, rowContext(ledger))],
        ['quotes.csv', quotesCsvText(ledger.quotes, rowContext({ documents: ledger.documents, groups: [] }))],
      ];
    case 'jsonld':
      return [['claims.jsonld', claimsJsonLdText(ledger.claims, jsonLdContext(ledger))]];
  }
}

/** The formats made to be read by people, from the ledger as shown (no attributions): the digest and the HTML report. */
export type PageFormat = 'md' | 'html';

/** digest.md or report.html, made from the ledger but its attributions, which neither shows. */
export function pageOutputs(format: PageFormat, ledger: ShownLedger, texts: () => ReportTextSource): OutputFiles {
  return format === 'md' ? [['digest.md', pieces(digestPieces(ledger))]] : [['report.html', htmlReportPieces(ledger, texts())]];
}

/** A format's files by name, each given whole or a piece at a time. */
export type OutputFiles = [string, string | AsyncIterable<string>][];

/** Writes each format's files (`filesOf`: a held ledger's `outputs`, or a store's) into `outDir`, each atomically, and returns their paths relative to `cwd`. */
export async function writeOutputs(formats: readonly Format[], filesOf: (format: Format) => OutputFiles | Promise<OutputFiles>, outDir: string, cwd: string): Promise<string[]> {
  const written: string[] = [];
  for (const format of formats) {
    for (const [name, content] of await filesOf(format)) {
      const file = path.join(outDir, name);
      await writeFileAtomic(file, content);
      written.push(path.relative(cwd, file) || file);
    }
  }
  return written;
}

/** Pieces made as they are written. */
async function* pieces(made: Iterable<string>): AsyncGenerator<string> {
  yield* made;
}
