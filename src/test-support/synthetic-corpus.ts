/**
 * A synthetic story corpus of any size, the same for the same seed, derived
 * from the sample reports: each article is a sample report with its figures
 * scaled, its people, places and countries swapped for others, its dates
 * moved, and its paragraphs partly reordered; some articles repeat
 * paragraphs of an earlier one word for word (wire copy), and some are
 * updates of an earlier one with revised figures. For the scale benchmark
 * and the queue tests; nothing here is a test expectation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface SyntheticArticle {
  /** a file name: NNNNNN-story.txt */
  readonly name: string;
  readonly text: string;
}

const PEOPLE = [
  ['Kim Jong Un', 'Kim Yo Jong', 'Choe Son Hui', 'Pak Jong Chon'],
  ['Vladimir Putin', 'Sergei Shoigu', 'Andrei Belousov', 'Valery Gerasimov'],
  ['Volodymyr Zelensky', 'Oleksandr Syrskyi', 'Kyrylo Budanov', 'Andrii Sybiha'],
  ['Yoon Suk Yeol', 'Lee Jae-myung', 'Cho Tae-yong', 'Shin Won-sik'],
];
const PLACES = ['Kursk', 'Belgorod', 'Bryansk', 'Sumy', 'Kharkiv', 'Donetsk', 'Zaporizhzhia', 'Luhansk'];
const SEED_DIR = path.join(import.meta.dirname, '../../examples/kursk-2025');

/** mulberry32: a small, fast, seeded generator (the corpus must not depend on Math.random). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedTexts(): string[] {
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(SEED_DIR, f), 'utf8'));
}

export function syntheticCorpus(count: number, seed = 1): SyntheticArticle[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const seeds = seedTexts();
  const out: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    let text: string;
    if (i > 0 && r < 0.15) {
      // wire copy: an earlier article's paragraphs, most of them word for word, under a new top
      const earlier = out[Math.floor(rand() * out.length)]!.text.split(/\n\s*\n/);
      text = [vary(pick(seeds), rand).split(/\n\s*\n/)[0]!, ...earlier.slice(1).filter(() => rand() < 0.8)].join('\n\n');
    } else if (i > 0 && r < 0.25) {
      // an update: an earlier article with its figures revised
      text = scaleFigures(out[Math.floor(rand() * out.length)]!.text, rand);
    } else {
      text = vary(pick(seeds), rand);
    }
    out.push({ name: `${String(i + 1).padStart(6, '0')}-story.txt`, text });
  }
  return out;
}

function vary(text: string, rand: () => number): string {
  let out = scaleFigures(text, rand);
  for (const group of PEOPLE) {
    const to = group[Math.floor(rand() * group.length)]!;
    const from = group[Math.floor(rand() * group.length)]!;
    if (from !== to) out = out.split(from).join(to);
  }
  const place = PLACES[Math.floor(rand() * PLACES.length)]!;
  out = out.replace(/\bKursk\b/g, place);
  const shift = Math.floor(rand() * 3) - 1;
  out = out.replace(/\b(20[12]\d)\b/g, (y) => String(Number(y) + shift));
  const paragraphs = out.split(/\n\s*\n/);
  // swap two paragraphs after the first, as rewrites do
  if (paragraphs.length > 3) {
    const a = 1 + Math.floor(rand() * (paragraphs.length - 1));
    const b = 1 + Math.floor(rand() * (paragraphs.length - 1));
    [paragraphs[a], paragraphs[b]] = [paragraphs[b]!, paragraphs[a]!];
  }
  return paragraphs.join('\n\n');
}

/** Figures of thousands scaled by a factor (dates and small numbers left alone). */
function scaleFigures(text: string, rand: () => number): string {
  const factor = 0.6 + rand() * 0.9;
  return text.replace(/\b(\d{1,3}),(\d{3})\b/g, (_m, a: string, b: string) => {
    const n = Math.max(1000, Math.round((Number(a) * 1000 + Number(b)) * factor / 100) * 100);
    return n.toLocaleString('en-US');
  });
}
