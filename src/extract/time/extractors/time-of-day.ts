/** Clock times: "5:55 a.m. ET", "18:00 UTC", "6 p.m.", "noon", "midnight", with the zone when one is written. */
import { ZONE_PATTERN, parseZone, to24h } from '../../../core/datetime.js';
import type { TimeExtractor } from '../extractor.js';
import type { Point } from '../mention.js';

const ZONE = String.raw`(?:\s*\(?(?<z>(?:${ZONE_PATTERN})(?![\w])(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)\)?)?`;

export const timeOfDay: TimeExtractor = {
  name: 'time-of-day',
  pattern: new RegExp(
    String.raw`(?<![\d.:,])(?:(?<h>\d{1,2})(?:[:.](?<mi>[0-5]\d))?\s*(?<ap>[ap]\.m\.|[ap]m\b|[AP]M\b)|(?<h24>[01]?\d|2[0-3]):(?<mi24>[0-5]\d)(?![\d:]))${ZONE}|\b(?<word>noon|midnight)\b`,
    'g',
  ),
  trigger: /\d\s*[ap]\.?m|\d[:.]\d|noon|midnight/gi,
  build(m) {
    const g = m.groups!;
    let hour: number | undefined;
    let minute = 0;
    if (g['word']) hour = g['word'] === 'noon' ? 12 : 0;
    else if (g['h'] !== undefined) {
      hour = to24h(Number(g['h']), g['ap']);
      minute = Number(g['mi'] ?? 0);
    } else {
      hour = Number(g['h24']);
      minute = Number(g['mi24']);
      // a bare "3:1" ratio or score is not a time: ask for a zone, or two-digit hours
      if (!g['z'] && g['h24']!.length === 1) return null;
    }
    if (hour === undefined) return null;
    const p: Point = { kind: 'point', hour, minute, relative: { unit: 'day', offset: 0 } };
    const zone = g['z'] ? parseZone(g['z'].replace(/\s+/g, '')) : undefined;
    if (zone) p.zone = zone;
    return { value: p };
  },
};
