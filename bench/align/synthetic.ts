/**
 * A synthetic stress corpus from the real sample reports: document k is
 * report k mod 5 with its figures scaled by one of a fixed set of factors
 * (14,000 → 15,400), the names of its people spelled one of their usual ways
 * ("Kim Jong Un", "Kim Jong-un"), and a date line of its own. The same input
 * gives the same corpus. Each document keeps its origin, so that its claims
 * can be scored against the hand-made groups of the originals, and its copy
 * family (all documents made from one report, or from 003 and 004, which
 * share passages, are copies of each other).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface SyntheticDoc {
  readonly name: string;
  readonly text: string;
  /** the sample report it was made from (file name prefix: "000") */
  readonly origin: string;
}

const FACTORS = [1, 1.1, 0.9, 1.25, 0.8, 1.5, 2, 0.75];
const SPELLINGS: readonly (readonly string[])[] = [
  ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'],
  ['Vladimir Putin', 'Vladimir V. Putin', 'Vladimir Putin'],
  ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function readOriginals(dir: string): { origin: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => ({ origin: f.slice(0, 3), text: readFileSync(path.join(dir, f), 'utf8') }));
}

export function syntheticCorpus(originals: readonly { origin: string; text: string }[], count: number): SyntheticDoc[] {
  const out: SyntheticDoc[] = [];
  for (let k = 0; k < count; k++) {
    const { origin, text } = originals[k % originals.length]!;
    const v = Math.floor(k / originals.length);
    const factor = FACTORS[v % FACTORS.length]!;
    let body = text.replace(/\b(\d{1,3}(?:,\d{3})+)\b/g, (m) => scaled(m, factor)).replace(/\b(\d+(?:\.\d+)?) (million|billion)\b/g, (_, n: string, w: string) => `${round(Number(n) * factor)} ${w}`);
    for (const names of SPELLINGS) body = body.split(names[0]!).join(names[v % names.length]!);
    const day = new Date(Date.UTC(2025, 0, 1 + ((k * 7) % 300)));
    const dateline = `Published ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, 2025`;
    out.push({ name: `s${String(k).padStart(6, '0')}_${origin}.txt`, text: `${dateline}\n\n${body}`, origin });
  }
  return out;
}

function scaled(written: string, factor: number): string {
  const n = Number(written.replace(/,/g, ''));
  // round to the figure's own precision (14,000 → 15,400, not 15,400.000001)
  return Math.round(n * factor).toLocaleString('en-US');
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}
