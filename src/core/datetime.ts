/**
 * Absolute dates and times as news pages write them ("April 27, 2025",
 * "27 Apr 2025", "2025-04-27T10:30:00+09:00", "5:55 a.m. ET"), turned into ISO
 * 8601 strings. Zone abbreviations that name a region's clock (ET, KST) become
 * IANA zones with the offset in force on that day; those that name one offset
 * (EDT, CET) keep that offset. Relative expressions are not handled here.
 */
import { wordTable } from './word-table.js';

export const MONTHS: Readonly<Record<string, number>> = wordTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
});

export const MONTH_PATTERN =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

export const WEEKDAY_PATTERN = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun';

/** Zone abbreviations: a string starting with + or - is a fixed offset, anything else an IANA zone. */
export const ZONES: Readonly<Record<string, string>> = wordTable({
  ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  AKST: '-09:00', AKDT: '-08:00', HST: '-10:00',
  GMT: '+00:00', UTC: '+00:00', Z: '+00:00', WET: '+00:00', WEST: '+01:00', BST: '+01:00', IST: '+05:30',
  CET: '+01:00', CEST: '+02:00', EET: '+02:00', EEST: '+03:00', SAST: '+02:00',
  MSK: 'Europe/Moscow', KST: 'Asia/Seoul', JST: 'Asia/Tokyo', HKT: 'Asia/Hong_Kong', SGT: 'Asia/Singapore',
  PHT: 'Asia/Manila', ICT: 'Asia/Bangkok', WIB: 'Asia/Jakarta', PKT: 'Asia/Karachi', GST: 'Asia/Dubai',
  AEST: '+10:00', AEDT: '+11:00', ACST: '+09:30', AWST: '+08:00', NZST: '+12:00', NZDT: '+13:00',
});

export const ZONE_PATTERN = Object.keys(ZONES)
  .sort((a, b) => b.length - a.length)
  .join('|');

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export interface TimeParts {
  hour: number;
  minute: number;
  second?: number;
}

export interface DateTime {
  date: DateParts;
  time?: TimeParts;
  /** IANA zone or fixed offset (`+09:00`) */
  zone?: string;
}

export function isValidDate(d: DateParts): boolean {
  if (d.year < 1000 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
}

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** Converts a 12-hour clock reading; `meridiem` is whatever the text had (a.m., PM…). */
export function to24h(hour: number, meridiem: string | undefined): number | undefined {
  if (!meridiem) return hour <= 23 ? hour : undefined;
  if (hour < 1 || hour > 12) return undefined;
  const pm = /^p/i.test(meridiem);
  return pm ? (hour % 12) + 12 : hour % 12;
}

/** The UTC offset, in minutes, of an IANA zone at a local wall-clock time. */
export function zoneOffsetMinutes(zone: string, d: DateParts, t: TimeParts): number {
  if (/^[+-]\d{2}:\d{2}$/.test(zone)) return fixedOffsetMinutes(zone);
  const local = Date.UTC(d.year, d.month - 1, d.day, t.hour, t.minute, t.second ?? 0);
  const first = offsetAtInstant(zone, local);
  return offsetAtInstant(zone, local - first * 60_000);
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetAtInstant(zone: string, epochMs: number): number {
  let fmt = offsetFormatters.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormatters.set(zone, fmt);
  }
  const name = fmt.formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function fixedOffsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function formatDate(d: DateParts): string {
  return `${String(d.year).padStart(4, '0')}-${pad(d.month)}-${pad(d.day)}`;
}

/** ISO 8601: a date, or a date-time with the zone's offset when a zone is known. */
export function formatDateTime(dt: DateTime): string {
  const date = formatDate(dt.date);
  if (!dt.time) return date;
  const t = `${pad(dt.time.hour)}:${pad(dt.time.minute)}:${pad(dt.time.second ?? 0)}`;
  if (!dt.zone) return `${date}T${t}`;
  const offset = zoneOffsetMinutes(dt.zone, dt.date, dt.time);
  return `${date}T${t}${offset === 0 && dt.zone === '+00:00' ? 'Z' : formatOffset(offset)}`;
}

/** Reads the zone written after a time: an abbreviation, `GMT+9`, `UTC+05:30`, `+0900`. */
export function parseZone(text: string): string | undefined {
  const t = text.trim().replace(/^\(|\)$/g, '');
  const abbr = ZONES[t.toUpperCase()];
  if (abbr) return abbr;
  const m = /^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(t);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return `${m[1]}${pad(hours)}:${pad(minutes)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

export const WRITTEN = new RegExp(
  String.raw`^(?:(?:${WEEKDAY_PATTERN})\.?,?\s+)?` +
    String.raw`(?:(?<m1>${MONTH_PATTERN})\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>\d{4})` +
    String.raw`|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>${MONTH_PATTERN})\.?,?\s+(?<y2>\d{4}))` +
    String.raw`(?:,?\s+(?:at\s+)?(?<h>\d{1,2})[:.](?<mi>\d{2})(?:[:.](?<s>\d{2}))?\s*(?<ap>[ap]\.?m\.?)?` +
    String.raw`(?:\s*(?<z>(?:${ZONE_PATTERN})\b|\(?(?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?\)?|[+-]\d{2}:?\d{2}))?)?$`,
  'i',
);

/** The longest string read as one date ("Wednesday, September 17th, 2025 at 10:30 a.m. (GMT+09:00)" is 57). */
const MAX_DATE_CHARS = 120;

/**
 * Parses a whole string holding one absolute date, with optional time and zone:
 * ISO 8601, RFC 2822 ("Sun, 27 Apr 2025 10:30:00 GMT") and written forms.
 */
export function parseDateTime(text: string): DateTime | null {
  const s = text.trim();
  // the written form's pattern is polynomial in the length: nothing longer is one date
  if (s.length > MAX_DATE_CHARS) return null;
  const iso = ISO.exec(s);
  if (iso) {
    const date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    if (!isValidDate(date)) return null;
    if (iso[4] === undefined) return { date };
    const time = { hour: Number(iso[4]), minute: Number(iso[5]), second: Number(iso[6] ?? 0) };
    if (time.hour > 23 || time.minute > 59 || time.second > 59) return null;
    const zone = iso[7] ? (iso[7].toUpperCase() === 'Z' ? '+00:00' : normaliseOffset(iso[7])) : undefined;
    return zone ? { date, time, zone } : { date, time };
  }
  const w = WRITTEN.exec(s);
  if (!w?.groups) return null;
  const g = w.groups;
  const month = monthNumber(g['m1'] ?? g['m2'] ?? '');
  const date = { year: Number(g['y1'] ?? g['y2']), month: month ?? 0, day: Number(g['d1'] ?? g['d2']) };
  if (!month || !isValidDate(date)) return null;
  if (g['h'] === undefined) return { date };
  const hour = to24h(Number(g['h']), g['ap']);
  const time = { hour: hour ?? 99, minute: Number(g['mi']), second: Number(g['s'] ?? 0) };
  if (hour === undefined || time.hour > 23 || time.minute > 59 || time.second > 59) return null;
  const zone = g['z'] ? parseZone(g['z']) : undefined;
  return zone ? { date, time, zone } : { date, time };
}

function normaliseOffset(o: string): string {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(o);
  return m ? `${m[1]}${m[2]}:${m[3]}` : o;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
