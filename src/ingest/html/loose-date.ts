/**
 * The first calendar date written somewhere in a short piece of page text, in
 * the forms web pages use for their own dates: year first ("2020-10-04",
 * "2020/10/04 15:05", "2020年07月12日"), day or month first ("21.09.2020",
 * "09/21/2020"), and with a month name in English or a few other European
 * languages ("March 11, 2020", "20 septembrie 2020", "2 de julio de 2020").
 * Only the date is read: times and zones in such text are too often the
 * server's, not the article's.
 */
import { isValidDate, MONTHS, MONTH_PATTERN, type DateParts } from '../../core/datetime.js';
import { wordTable } from '../../core/word-table.js';
import { matchesOf } from '../../core/matches-of.js';

/** Which comes first in an all-digit date whose day and month are both ≤ 12. */
export type NumericOrder = 'dmy' | 'mdy';

export interface FoundDate {
  readonly date: DateParts;
  /** where the date was written in the text */
  readonly index: number;
  readonly length: number;
}

/** Month names of the languages whose pages most often lack machine-readable dates. */
const FOREIGN_MONTHS: Readonly<Record<string, number>> = monthTable([
  // French
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  // Spanish
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  // Portuguese
  ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  // German
  ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  // Italian
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  // Dutch
  ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  // Romanian
  ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
]);

const FOREIGN_PATTERN = Object.keys(FOREIGN_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const MONTH_NAME = `${MONTH_PATTERN}|${FOREIGN_PATTERN}`;

export const DATE = new RegExp(
  [
    String.raw`(?<!\d)(?<y1>(?:19|20)\d{2})\s*[-/.年]\s*(?<m1>\d{1,2})\s*[-/.月]\s*(?<d1>\d{1,2})(?!\d)`,
    String.raw`(?<!\d)(?<a2>\d{1,2})(?<s2>[./-])(?<b2>\d{1,2})\k<s2>(?<y2>(?:19|20)\d{2})(?!\d)`,
    String.raw`(?<![\p{L}])(?<m3>${MONTH_NAME})\.?\s+(?<d3>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y3>(?:19|20)\d{2})(?!\d)`,
    String.raw`(?<!\d)(?<d4>\d{1,2})(?:st|nd|rd|th|\.|º)?\s+(?:de\s+)?(?<m4>${MONTH_NAME})\.?,?\s+(?:de\s+)?(?<y4>(?:19|20)\d{2})(?!\d)`,
  ].join('|'),
  'giu',
);

/** How far into a value a date is looked for: the pattern is polynomial in the length, and a date in an attribute or a meta value comes early. */
const MAX_SCAN = 400;

export function findLooseDate(whole: string, order: NumericOrder = 'dmy'): FoundDate | null {
  const text = whole.length > MAX_SCAN ? whole.slice(0, MAX_SCAN) : whole;
  for (const m of matchesOf(DATE, text)) {
    const date = partsOf(m.groups!, order);
    if (date && isValidDate(date)) return { date, index: m.index, length: m[0].length };
  }
  return null;
}

function partsOf(g: Record<string, string | undefined>, order: NumericOrder): DateParts | null {
  if (g['y1']) return { year: Number(g['y1']), month: Number(g['m1']), day: Number(g['d1']) };
  if (g['y2']) {
    const a = Number(g['a2']);
    const b = Number(g['b2']);
    // a dotted date is always day first; otherwise a part over 12 decides, then the page's convention
    const dayFirst = g['s2'] === '.' || a > 12 || (b <= 12 && order === 'dmy');
    return dayFirst ? { year: Number(g['y2']), month: b, day: a } : { year: Number(g['y2']), month: a, day: b };
  }
  const name = g['m3'] ?? g['m4'];
  const month = name ? monthOf(name) : undefined;
  if (!month) return null;
  return { year: Number(g['y3'] ?? g['y4']), month, day: Number(g['d3'] ?? g['d4']) };
}

function monthOf(name: string): number | undefined {
  const key = name.toLowerCase();
  return MONTHS[key] ?? FOREIGN_MONTHS[key];
}

function monthTable(languages: readonly (readonly string[])[]): Readonly<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const names of languages) names.forEach((n, i) => (out[n] = i + 1));
  return wordTable(out);
}
