/**
 * Date lines: "Published April 27, 2025Updated April 28, 2025, 5:55 a.m. ET",
 * "Updated 5:55 AM EDT, Mon April 28, 2025", "27 April 2025 10:30 BST". A line
 * that holds nothing but labelled (or unlabelled) dates and times, near the top
 * or the bottom of the text, is read into `published` / `updated` (with its time
 * zone) and removed from the body.
 */
import {
  MONTH_PATTERN,
  WEEKDAY_PATTERN,
  ZONE_PATTERN,
  formatDateTime,
  parseZone,
  type DateTime,
  type TimeParts,
  isValidDate,
  monthNumber,
  to24h,
} from '../../core/datetime.js';
import { contentLines, quote, removeLines, splitLines } from '../lines.js';
import type { CleanEdit, CleanRule } from '../rule.js';

const SEPARATOR = /[\s,|•·;–—-]*/y;
const LABEL =
  /(?<label>first\s+published|originally\s+published|published|posted|last\s+updated|last\s+modified|updated|modified|date)(?:\s+(?:on|at))?(?:\s*:)?\s*/iy;
export const DATE = new RegExp(
  String.raw`(?:(?:${WEEKDAY_PATTERN})\.?,?\s+)?(?:(?<m1>${MONTH_PATTERN})\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>\d{4})` +
    String.raw`|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>${MONTH_PATTERN})\.?,?\s+(?<y2>\d{4})` +
    String.raw`|(?<y3>\d{4})-(?<m3>\d{2})-(?<d3>\d{2})|(?<d4>\d{1,2})\.(?<m4>\d{1,2})\.(?<y4>\d{4}))(?![\d])`,
  'iy',
);
export const TIME = new RegExp(
  String.raw`(?:at\s+)?(?<h>\d{1,2})(?:[:.](?<mi>\d{2})(?:[:.](?<s>\d{2}))?\s*(?<ap1>[ap]\.?\s?m\.?)?|\s*(?<ap2>[ap]\.?\s?m\.?))` +
    String.raw`(?:\s*(?<z>(?:${ZONE_PATTERN})(?![\p{L}])|\(?(?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?\)?))?`,
  'iyu',
);

const TOP_LINES = 12;
const BOTTOM_LINES = 4;
const MAX_LENGTH = 160;

type Kind = 'published' | 'updated';

interface Group {
  kind: Kind;
  labelled: boolean;
  date?: DateTime['date'];
  time?: TimeParts;
  zone?: string;
  /** where its date and time are written in the line */
  start?: number;
  end?: number;
}

/** A date read from a date line, with where it is written in the line. */
export interface DatelineDate {
  value: DateTime;
  start: number;
  end: number;
}

/** Reads a line made only of labelled dates and times; null when anything else is on it. */
export function parseDateline(line: string): { published?: DatelineDate; updated?: DatelineDate } | null {
  const groups: Group[] = [];
  let pos = 0;
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = pos;
    const m = re.exec(line);
    if (m) pos = re.lastIndex;
    return m;
  };
  const current = (from: number): Group => {
    if (groups.length === 0) groups.push({ kind: 'published', labelled: false });
    const g = groups[groups.length - 1]!;
    g.start ??= from;
    g.end = pos;
    return g;
  };
  while (true) {
    at(SEPARATOR);
    if (pos >= line.length) break;
    const label = at(LABEL);
    if (label?.groups) {
      groups.push({ kind: /updat|modif/i.test(label.groups['label']!) ? 'updated' : 'published', labelled: true });
      continue;
    }
    const from = pos;
    const date = at(DATE);
    if (date?.groups) {
      const g = date.groups;
      const month = g['m1'] ?? g['m2'] ? monthNumber(g['m1'] ?? g['m2']!) : Number(g['m3'] ?? g['m4']);
      const parts = { year: Number(g['y1'] ?? g['y2'] ?? g['y3'] ?? g['y4']), month: month ?? 0, day: Number(g['d1'] ?? g['d2'] ?? g['d3'] ?? g['d4']) };
      if (!isValidDate(parts)) return null;
      const group = current(from);
      if (group.date) return null;
      group.date = parts;
      continue;
    }
    const time = at(TIME);
    if (time?.groups && (time.groups['mi'] !== undefined || time.groups['ap2'] !== undefined)) {
      const g = time.groups;
      const hour = to24h(Number(g['h']), g['ap1'] ?? g['ap2']);
      const minute = Number(g['mi'] ?? 0);
      if (hour === undefined || hour > 23 || minute > 59) return null;
      const group = current(time.index + (time[0].length - time[0].trimStart().length));
      if (group.time) return null;
      group.time = { hour, minute, second: Number(g['s'] ?? 0) };
      const zone = g['z'] ? parseZone(g['z']) : undefined;
      if (zone) group.zone = zone;
      continue;
    }
    return null;
  }
  const out: { published?: DatelineDate; updated?: DatelineDate } = {};
  let lastDate: DateTime['date'] | undefined;
  for (const g of groups) {
    const date = g.date ?? lastDate; // "Updated 11:45 BST" keeps the date before it
    if (!date || g.start === undefined || g.end === undefined) return null;
    lastDate = date;
    if (out[g.kind]) continue;
    const dt: DateTime = { date };
    if (g.time) dt.time = g.time;
    if (g.zone) dt.zone = g.zone;
    out[g.kind] = { value: dt, start: g.start, end: g.end };
  }
  return out.published || out.updated ? out : null;
}

export const dateline: CleanRule = {
  id: 'clean/dateline',
  description: 'read "Published … Updated …" date lines into the metadata and remove them',
  apply(ctx) {
    const { text } = ctx;
    const lines = contentLines(splitLines(text));
    const edits: CleanEdit[] = [];
    lines.forEach((line, i) => {
      if (i >= TOP_LINES && i < lines.length - BOTTOM_LINES) return;
      if (line.text.length > MAX_LENGTH || !/\d/.test(line.text)) return;
      const found = parseDateline(line.text);
      if (!found) return;
      for (const kind of ['published', 'updated'] as const) {
        const d = found[kind];
        if (!d) continue;
        const range = { start: line.start + d.start, end: line.start + d.end };
        ctx.found({ key: kind, value: formatDateTime(d.value), range, ...(d.value.zone ? { zone: d.value.zone } : {}) });
      }
      edits.push(removeLines(text, line, line, `removed date line ${quote(line.text)}`));
    });
    return edits;
  },
};
