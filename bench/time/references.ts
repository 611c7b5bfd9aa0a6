/**
 * The reference systems, run on the same texts in the same run: chrono-node
 * (casual English, whole text, its own choice among readings) and Microsoft
 * Recognizers-Text date-time (sentence by sentence, the past reading where it
 * offers several, as the published news comparison ran it).
 */
import * as chrono from 'chrono-node';
import * as R from '@microsoft/recognizers-text-suite';
import type { PredictedTimex } from './tally-adapter.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function utcDate(dct: string): Date {
  return new Date(`${dct}T12:00:00Z`);
}

export function chronoTimes(text: string, dct: string | null): PredictedTimex[] {
  const ref = dct ? utcDate(dct) : new Date(0);
  return chrono.parse(text, { instant: ref, timezone: 0 }).map((r) => {
    const c = r.start;
    const y = pad(c.get('year') ?? 0, 4);
    let value = y;
    if (c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday')) value += `-${pad(c.get('month') ?? 1)}`;
    if (c.isCertain('day') || c.isCertain('weekday')) value += `-${pad(c.get('day') ?? 1)}`;
    if (c.isCertain('hour')) value += `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
    return { span: { start: r.index, end: r.index + r.text.length }, value };
  });
}

interface Resolution {
  timex?: string;
  value?: string;
  start?: string;
}

/** The X parts of a Recognizers timex filled from the past reading it offers. */
function pastValue(values: readonly Resolution[], dct: string | null): string {
  const timex = values[0]?.timex ?? '';
  if (!/X/.test(timex) || !dct) return timex;
  const dates = values.map((v) => v.value ?? v.start ?? '').filter((d) => d !== '');
  const past = dates.filter((d) => d.slice(0, 10) <= dct).sort().pop() ?? dates[0] ?? '';
  if (/^XXXX-WXX-\d$/.test(timex) || /^XXXX-\d{2}-\d{2}$/.test(timex)) return past.slice(0, 10);
  if (/^XXXX-\d{2}$/.test(timex)) return past.slice(0, 7);
  return timex;
}

export function recognizersTimes(text: string, dct: string | null): PredictedTimex[] {
  const out: PredictedTimex[] = [];
  const ref = dct ? utcDate(dct) : new Date(0);
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const r of R.recognizeDateTime(line, R.Culture.English, undefined, ref)) {
      const values = ((r.resolution as { values?: Resolution[] } | undefined)?.values ?? []) as Resolution[];
      out.push({ span: { start: offset + r.start, end: offset + r.end + 1 }, value: pastValue(values, dct) });
    }
    offset += line.length + 1;
  }
  return out;
}
