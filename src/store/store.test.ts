import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../pipeline/analyze.js';
import { groupClaims } from '../align/groups.js';
import type { Ledger } from '../ledger/schema.js';
import { KURSK } from '../../test/kursk.js';
import { BACKENDS, storePerTest } from '../../test/support/stores.js';
import { withCopyOf } from '../../test/support/folder-copy.js';
import { EXTRACTOR_VERSION, extractInThread, ingest } from './ingest.js';
import { stampOf } from '../ingest/input-stamp.js';
import { fillClaimColumnsIfMissing } from './claim-cells.js';
import { regroupStore } from './regroup.js';
import { BOILERPLATE_MIN_DOCS } from '../align/copies.js';
import { syntheticCorpus } from '../test-support/synthetic-corpus.js';
import { extractPool } from './extract-pool.js';
import { claimMatches, queryClaims, withFacts, type ClaimFilter } from './claim-query.js';
import { filterClaims } from '../server/filters.js';
import { collect } from '../core/collect.js';
import { mergeEvents } from '../align/events.js';
import { ledgerJsonText, type LedgerCollections } from '../report/export/ledger-json.js';
import { claimsCsv, claimsCsvText, quotesCsv, quotesCsvText, rowContext } from '../report/export/csv.js';

const pick = <T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> => Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;

const EXTRA = path.join(import.meta.dirname, '../../test/fixtures/extra-report.txt');

/** The ledger without what differs by run (nothing should): compared whole. */
function comparable(l: Ledger): Ledger {
  return { ...l, messages: [] };
}

const withoutGroup = (c: Ledger['claims'][number]) => ({ ...c, group: null });

/** Each group as its claims, status and range, in a stable order. */
function groupings(l: Ledger) {
  return l.groups.map((g) => ({ claims: g.claims, status: g.status, low: g.low, high: g.high, pairs: g.pairs.length, apart: g.apart.length })).sort((a, b) => a.claims[0]!.localeCompare(b.claims[0]!));
}

/** Each group whole, its `apart` links naming the other group by its first claim (a store and a fresh analysis number groups apart), in a stable order. */
function wholeGroups(groups: Ledger['groups']) {
  const firstOf = new Map(groups.map((g) => [g.id, g.claims[0]!]));
  return groups.map(({ id: _, apart, ...g }) => ({ ...g, apart: apart.map((a) => ({ ...a, group: firstOf.get(a.group) })) })).sort((a, b) => a.claims[0]!.localeCompare(b.claims[0]!));
}

/** A temporary folder for a test's reports, removed afterwards: `write` puts a report in it and gives its path. */
async function withReports(fn: (write: (name: string, text: string) => Promise<string>, dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tally-reports-'));
  try {
    await fn(async (name, text) => {
      const file = path.join(dir, name);
      await writeFile(file, text);
      return file;
    }, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A synthetic story of n reports in a temporary folder, their files in order. */
async function withSyntheticStory(n: number, fn: (files: string[]) => Promise<void>): Promise<void> {
  await withReports(async (write) => {
    const files: string[] = [];
    for (const a of syntheticCorpus(n, 11)) files.push(await write(a.name, a.text));
    await fn(files);
  });
}

const FOOTER = 'This report is part of a series on the war that our correspondents have followed from the front line since the first days of the fighting in the region.';
/** A paragraph of 30 words, that reports copy whole. */
const PASSAGE =
  'The regional governor said the convoy reached the border crossing after a night of shelling that cut power to the villages along the river and closed the only road north.';
/** A report's own sentence: every run of eight words holds a number of its own, so no two reports share a shingle here. */
const ownWords = (i: number) =>
  `On day ${i} the desk counted ${i + 100} trucks near village ${i + 200} and ${i + 300} tanks by river ${i + 400} while ${i + 500} guns fired at hill ${i + 600} before ${i + 700} troops left camp ${i + 800} at dawn.`;

describe.each(BACKENDS)('the store on $name', (backend) => {
  const open = storePerTest(backend);

  it('holds the same ledger as analysing the batch at once, and a second ingest changes nothing', async () => {
    const store = await open();
    const first = await ingest(store, [KURSK]);
    expect(first).toMatchObject({ added: 5, replaced: 0, unchanged: 0 });
    expect(first.regrouped.buckets).toBeGreaterThan(0);
    const { ledger } = await analyze([KURSK]);
    const stored = await store.ledger();
    expect(comparable(stored)).toEqual(comparable(ledger));
    for (const c of stored.claims) expect(stored.documents.some((d) => d.id === c.doc)).toBe(true);

    const counts = await store.counts();
    const again = await ingest(store, [KURSK]);
    expect(again).toMatchObject({ added: 0, replaced: 0, unchanged: 5, regrouped: { buckets: 0 } });
    expect(await store.counts()).toEqual(counts);
    expect(comparable(await store.ledger())).toEqual(comparable(ledger));
  });

  it('gives the same ledger when worker threads analyse the reports', async () => {
    const store = await open();
    const pool = extractPool(2);
    try {
      const result = await ingest(store, [KURSK, EXTRA], { extract: pool.extract });
      expect(result).toMatchObject({ added: 6, unchanged: 0 });
    } finally {
      await pool.close();
    }
    const { ledger } = await analyze([KURSK, EXTRA]);
    const stored = await store.ledger();
    // the undated reports come back from the threads marked, and are dated here by the others' events
    expect(stored.documents.map((d) => d.published)).toEqual(ledger.documents.map((d) => d.published));
    expect(stored.claims.map(withoutGroup)).toEqual(ledger.claims.map(withoutGroup));
    expect(groupings(stored)).toEqual(groupings(ledger));
    expect(stored.entities).toEqual(ledger.entities);
  });

  it('starts threads only for a run with enough reports to analyse per thread, and their ledger is the one analysed here', async () => {
    const few = await ingest(await open(), [KURSK, EXTRA], { threads: 2 });
    expect(few).toMatchObject({ added: 6, threads: 1 });
    const { ledger } = await analyze([KURSK, EXTRA]);
    const store = await open();
    // 6 reports, 3 for each of 2 threads
    expect(await ingest(store, [KURSK, EXTRA], { threads: 2, reportsPerThread: 3 })).toMatchObject({ added: 6, threads: 2 });
    expect(comparable(await store.ledger())).toEqual(comparable(ledger));
    // every input held as it is, by its stamp: nothing to analyse, no thread started
    expect(await ingest(store, [KURSK, EXTRA], { threads: 2, reportsPerThread: 1 })).toMatchObject({ unchanged: 6, threads: 1 });
    expect(await ingest(store, [KURSK, EXTRA], { threads: 2, reportsPerThread: 4 })).toMatchObject({ unchanged: 6, threads: 1 });
  });

  it('analyses a chunk on the threads while the one before is written, to the ledger of one chunk at a time here', async () => {
    await withSyntheticStory(120, async (files) => {
      const inThread = await open();
      await ingest(inThread, files, { chunk: 20 });
      const expected = await inThread.ledger();
      // the store before is closed as this one opens
      const store = await open();
      const pool = extractPool(2);
      try {
        // the undated reports of each chunk are dated by the store as the chunks before left it
        expect(await ingest(store, files, { extract: pool.extract, chunk: 20 })).toMatchObject({ added: 120, unchanged: 0 });
        expect(await ingest(store, files, { extract: pool.extract, chunk: 20, rehash: true })).toMatchObject({ added: 0, replaced: 0, unchanged: 120 });
      } finally {
        await pool.close();
      }
      const stored = await store.ledger();
      expect(stored.documents.map((d) => [d.id, d.published])).toEqual(expected.documents.map((d) => [d.id, d.published]));
      expect(stored.claims).toEqual(expected.claims);
      expect(stored.events).toEqual(expected.events);
      expect(stored.groups).toEqual(expected.groups);
      expect(stored.copies).toEqual(expected.copies);
    });
  });

  it('reads ahead while analysis is slow, with at most three chunks handed on and not yet written', async () => {
    await withSyntheticStory(60, async (files) => {
      const store = await open();
      const inThread = extractInThread({});
      let handed = 0;
      let written = 0;
      const unwritten: number[] = [];
      const result = await ingest(store, files, {
        chunk: 10,
        // slower than reading and writing, so that reading runs as far ahead as it may
        extract: async (reports, storeEvents) => {
          unwritten.push(++handed - Math.floor(written / 10));
          await new Promise((r) => setTimeout(r, 30));
          return inThread(reports, storeEvents);
        },
        onReport: () => void written++,
      });
      expect(result).toMatchObject({ added: 60 });
      expect(handed).toBe(6);
      expect(Math.max(...unwritten)).toBe(3);
    });
  });

  it('adds a report later: only the buckets its claims fall in are grouped again, and the ledger is the batch analysed at once', async () => {
    const store = await open();
    await ingest(store, [KURSK]);
    const before = await store.counts();
    const buckets = new Set((await store.ledger()).claims.map((c) => `${c.measure}|${c.unit}|${c.modality}`));
    const later = await ingest(store, [EXTRA]);
    expect(later).toMatchObject({ added: 1, unchanged: 0 });
    expect(later.regrouped.buckets).toBeGreaterThan(0);
    expect(later.regrouped.buckets).toBeLessThan(buckets.size);
    const stored = await store.ledger();
    const { ledger } = await analyze([KURSK, EXTRA]);
    expect(stored.documents.map((d) => d.id)).toEqual(ledger.documents.map((d) => d.id));
    // the new report's groups are numbered after those the store had
    expect(stored.claims.map(withoutGroup)).toEqual(ledger.claims.map(withoutGroup));
    expect(groupings(stored)).toEqual(groupings(ledger));
    expect(stored.entities).toEqual(ledger.entities);
    expect(stored.copies).toEqual(ledger.copies);
    expect((await store.counts()).documents).toBe(before.documents + 1);
  });

  it('grows large groups by their new claims alone, to the groups all its claims grouped at once make', async () => {
    const store = await open();
    await withSyntheticStory(400, async (files) => {
      await ingest(store, files.slice(0, 390));
      const later = await ingest(store, files.slice(390));
      const stored = await store.ledger();
      // the groups are those of all the store's claims grouped at once (a batch analysis could differ in its claims: it dates
      // an undated report by the reports after it too, and pairs copies against all the others)
      const atOnce = groupClaims(stored.claims.map((c) => ({ ...c, group: null })), stored.documents, []).groups;
      expect(wholeGroups(stored.groups)).toEqual(wholeGroups(atOnce));
      expect(stored.groups.some((g) => g.pairsOmitted > 0)).toBe(true);
      // the largest group grew by its new claims: those are all the regroup read of it
      const added = new Set(stored.documents.slice(390).map((d) => d.id));
      const touched = stored.groups.filter((g) => g.claims.some((id) => added.has(id.split(':')[0]!)));
      const largest = touched.reduce((a, b) => (b.claims.length > a.claims.length ? b : a));
      const newInLargest = largest.claims.filter((id) => added.has(id.split(':')[0]!)).length;
      const inTouched = touched.reduce((n, g) => n + g.claims.length, 0);
      expect(later.regrouped.claims).toBeLessThanOrEqual(inTouched - largest.claims.length + newInLargest);
    });
  });

  it('counts only the new claims of a bucket that only gained some, adds part-of links without working them out again, and counts all of one that lost claims', async () => {
    const store = await open();
    const atOnce = async () => {
      const stored = await store.ledger();
      return wholeGroups(groupClaims(stored.claims.map((c) => ({ ...c, group: null })), stored.documents, []).groups);
    };
    await withSyntheticStory(240, async (files) => {
      const first = await ingest(store, files.slice(0, 120));
      expect(first.regrouped).toMatchObject({ counted: 0, relinked: 0 });
      for (const step of [files.slice(120, 180), files.slice(180, 230), files.slice(230)]) {
        const later = await ingest(store, step);
        expect(later.regrouped.buckets).toBeGreaterThan(0);
        // no claim left a group, so every bucket counted its new claims alone and the links were only added to
        expect(later.regrouped).toMatchObject({ counted: 0, relinked: 0 });
        const stored = await store.ledger();
        expect(wholeGroups(stored.groups)).toEqual(await atOnce());
      }
      const groups = (await store.ledger()).groups;
      expect(groups.some((g) => g.apart.some((a) => a.reason.includes(' is a part of ')))).toBe(true);

      // a replaced report takes claims away: its buckets are counted from all their claims, and their measures' links worked out again
      const texts = await Promise.all(files.slice(0, 20).map((f) => readFile(f, 'utf8')));
      const at = texts.findIndex((t) => /\d{3}/.test(t));
      await writeFile(files[at]!, texts[at]!.replace(/\d[\d,]*\d/g, (n) => `${n}1`));
      const replaced = await ingest(store, [files[at]!]);
      expect(replaced).toMatchObject({ replaced: 1 });
      expect(replaced.regrouped.counted).toBe(replaced.regrouped.buckets);
      expect(replaced.regrouped.relinked).toBeGreaterThan(0);
      expect(wholeGroups((await store.ledger()).groups)).toEqual(await atOnce());
    });
  });

  it('works out the part-of links and the cells of a store written before it kept them once, then keeps them', async () => {
    const store = await open();
    await withSyntheticStory(120, async (files) => {
      await ingest(store, files.slice(0, 100));
      const links = await store.db.all('SELECT link, measure, first, reason FROM part_links ORDER BY link');
      expect(links.length).toBeGreaterThan(0);
      // as an older store holds them: no links, groups without their cells
      await store.db.run('DELETE FROM part_links');
      await store.db.run("DELETE FROM tally_meta WHERE key = 'part_links'");
      for (const g of await store.db.all<{ id: string; state: string }>('SELECT id, state FROM groups WHERE state IS NOT NULL')) {
        const { cells: _, ...state } = JSON.parse(g.state) as { cells: unknown };
        await store.db.run('UPDATE groups SET state = ? WHERE id = ?', [JSON.stringify(state), g.id]);
      }
      const upgraded = await ingest(store, files.slice(100, 110));
      expect(upgraded.regrouped.relinked).toBeGreaterThan(0);
      expect(upgraded.regrouped.counted).toBe(upgraded.regrouped.buckets);
      const later = await ingest(store, files.slice(110));
      expect(later.regrouped).toMatchObject({ counted: 0, relinked: 0 });
      const stored = await store.ledger();
      expect(wholeGroups(stored.groups)).toEqual(wholeGroups(groupClaims(stored.claims.map((c) => ({ ...c, group: null })), stored.documents, []).groups));
    });
  });

  it('fills the cells and voices of a store made before it kept them, and regroups it to the same groups', async () => {
    const store = await open();
    await ingest(store, [KURSK]);
    const columns = () => store.db.all<{ id: string; head: string; zone: string; voice: string }>('SELECT id, head, zone, voice FROM claims ORDER BY id');
    const before = await columns();
    expect(before.some((c) => c.head !== '' && c.zone !== '')).toBe(true);
    const groups = wholeGroups((await store.ledger()).groups);
    await store.db.run("UPDATE claims SET head = '', zone = '', voice = ''");
    await store.db.run('UPDATE groups SET state = NULL');
    await store.db.run("DELETE FROM tally_meta WHERE key = 'claim_cells'");
    await fillClaimColumnsIfMissing(store.db);
    expect(await columns()).toEqual(before);
    await store.db.run('INSERT INTO dirty_buckets (bucket) SELECT DISTINCT bucket FROM claims WHERE true ON CONFLICT (bucket) DO NOTHING');
    await store.merging(() => store.regroup());
    expect(wholeGroups((await store.ledger()).groups)).toEqual(groups);
  });

  it('looks for copies of a new report past what most of the store shares (a site footer), and finds the passage it copies', async () => {
    await withReports(async (write) => {
      const files: string[] = [];
      for (let i = 0; i < BOILERPLATE_MIN_DOCS + 4; i++) files.push(await write(`r${String(i).padStart(2, '0')}.txt`, `${ownWords(i)}\n\n${FOOTER}\n`));
      const store = await open();
      await ingest(store, files);
      expect((await store.ledger()).copies).toEqual([]);
      // the footer is in every report the store holds: the first reports that have it are no candidates, the one whose words it copies is
      await ingest(store, [await write('z-late.txt', `A later report opens with its own words on the talks.\n\n${ownWords(3)}\n\n${FOOTER}\n`)]);
      const { copies, documents } = await store.ledger();
      const idOf = new Map(documents.map((d) => [path.basename(d.source), d.id]));
      expect(copies.map((c) => c.docs)).toEqual([[idOf.get('r03.txt'), idOf.get('z-late.txt')]]);
    });
  });

  it('tells boilerplate by the whole store, not the chunk: ingested a chunk at a time, the copies that analysing everything at once finds', async () => {
    const story =
      'Russian President Vladimir Putin hailed North Korean troops sent to fight in Ukraine as heroic in a letter to Kim Jong Un, state media reported on Friday, recalling how Soviet and Korean forces fought together to end the colonial occupation.';
    await withReports(async (write, dir) => {
      // a site's 26 reports with its footer, then 14 copies of a wire story: the second chunk holds the last 6 of the site's and the 14
      const files: string[] = [];
      for (let i = 0; i < 26; i++) files.push(await write(`a${String(i).padStart(2, '0')}.txt`, `${ownWords(i)}\n\n${FOOTER}\n`));
      for (let i = 0; i < 14; i++) files.push(await write(`w${String(i).padStart(2, '0')}.txt`, `${ownWords(100 + i)}\n\n${story}\n`));
      const store = await open();
      await ingest(store, files, { chunk: 20 });
      const { ledger } = await analyze([dir]);
      const stored = await store.ledger();
      // the footer is in most of the store, though in 6 of the 20 reports of its chunk; the story is in 14 of those 20, and in a third of the store
      expect(stored.copies).toEqual(ledger.copies);
      expect(stored.copies).toHaveLength(13);
      const idOf = new Map(stored.documents.map((d) => [path.basename(d.source), d.id]));
      expect(new Set(stored.copies.map((c) => c.docs[0]))).toEqual(new Set([idOf.get('w00.txt')]));
    });
  });

  it('pairs the copies of a story most of the store runs word for word (agency copy), a chunk at a time, as analysing everything at once does', async () => {
    const agency = `SEOUL (AP) — North Korea has sent about 3,000 more troops to Russia this year to support its war against Ukraine, South Korea's military said Tuesday, adding that the North had also supplied more missiles and artillery systems. The Joint Chiefs of Staff said the new deployments came on top of the 11,000 soldiers North Korea sent last fall, about 4,000 of whom have been killed or wounded.`;
    await withReports(async (write, dir) => {
      // every report has the footer; the story is in 12 of the first chunk's 20, then in the 6 of the next: 18 of 26
      const files: string[] = [];
      for (let i = 0; i < 12; i++) files.push(await write(`a${String(i).padStart(2, '0')}.txt`, `${FOOTER}\n\n${ownWords(i)}\n\n${agency}\n`));
      for (let i = 0; i < 8; i++) files.push(await write(`b${i}.txt`, `${FOOTER}\n\n${ownWords(100 + i)}\n`));
      for (let i = 0; i < 6; i++) files.push(await write(`c${i}.txt`, `${FOOTER}\n\n${ownWords(200 + i)}\n\n${agency}\n`));
      const store = await open();
      await ingest(store, files, { chunk: 20 });
      const stored = await store.ledger();
      expect(stored.copies).toEqual((await analyze([dir])).ledger.copies);
      expect(stored.copies).toHaveLength(17);
      expect(new Set(stored.copies.map((c) => c.docs[0]))).toEqual(new Set(['a00']));
    });
  });

  it('tells boilerplate by the store with the chunk when looking for candidates: text in just over half of the store is not, once the chunk adds reports without it', async () => {
    await withReports(async (write, dir) => {
      // 11 of the first 20 reports are the passage alone (a wire story run as it came): boilerplate for a store of 20
      const first: string[] = [];
      for (let i = 0; i < BOILERPLATE_MIN_DOCS; i++) first.push(await write(`r${String(i).padStart(2, '0')}.txt`, i <= 10 ? `${PASSAGE}\n` : `${ownWords(i)}\n`));
      const store = await open();
      await ingest(store, first);
      expect((await store.ledger()).copies).toEqual([]);
      // with 4 more, one of them with the passage, it is in 12 of 24: no longer more than half
      const later = [await write('z0.txt', `${PASSAGE}\n`)];
      for (let i = 1; i < 4; i++) later.push(await write(`z${i}.txt`, `${ownWords(900 + i)}\n`));
      await ingest(store, later);
      const involvesZ = (c: Ledger['copies'][number]) => c.docs.some((d) => d.startsWith('z'));
      const { copies } = await store.ledger();
      expect(copies.map((c) => c.docs)).toEqual([['r00', 'z0']]);
      expect(copies).toEqual((await analyze([dir])).ledger.copies.filter(involvesZ));
    });
  });

  it('counts a replaced report out of the shingle counts: a page ingested again and again does not make its words boilerplate', async () => {
    await withReports(async (write, dir) => {
      const others: string[] = [];
      for (let i = 0; i < BOILERPLATE_MIN_DOCS; i++) others.push(await write(`r${String(i).padStart(2, '0')}.txt`, `${ownWords(i)}\n`));
      const live = await write('live.txt', `${ownWords(500)}\n\n${PASSAGE}\n`);
      const store = await open();
      await ingest(store, [...others, live]);
      // a live page updated 15 times: counted each time, its passage would be in most of a store of 21 reports
      for (let v = 1; v < 15; v++) {
        await write('live.txt', `${ownWords(500 + v)}\n\n${PASSAGE}\n`);
        expect(await ingest(store, [live])).toMatchObject({ replaced: 1 });
      }
      await ingest(store, [await write('z-copy.txt', `${ownWords(900)}\n\n${PASSAGE}\n`)]);
      const { copies, documents } = await store.ledger();
      const idOf = new Map(documents.map((d) => [path.basename(d.source), d.id]));
      expect(copies.map((c) => c.docs)).toEqual([[idOf.get('live.txt'), idOf.get('z-copy.txt')]]);
      expect(copies).toEqual((await analyze([dir])).ledger.copies);
      // the counts are those of the reports the store holds, as a store that never held the earlier versions keeps
      const counts = async (s: Awaited<ReturnType<typeof open>>) =>
        (await s.db.all<{ hash: number; n: number }>('SELECT hash, n FROM shingle_counts WHERE n > 0 ORDER BY hash')).map((r) => [Number(r.hash), Number(r.n)]);
      const kept = await counts(store);
      const fresh = await open();
      await ingest(fresh, [dir]);
      expect(kept).toEqual(await counts(fresh));
    });
  });

  it('makes the same groups reading claims a few at a time, whether the claims are in groups or in none yet', async () => {
    const store = await open();
    await ingest(store, [KURSK]);
    const ledger = await store.ledger();
    const groups = wholeGroups(ledger.groups);
    const grouped = ledger.claims.map((c) => [c.id, c.group]);
    const largest = Math.max(...ledger.groups.map((g) => g.claims.length));
    expect(largest).toBeGreaterThan(4);
    for (const ungroup of [false, true]) {
      await store.db.run('INSERT INTO dirty_buckets (bucket) SELECT DISTINCT bucket FROM claims WHERE true ON CONFLICT (bucket) DO NOTHING');
      await store.db.run('UPDATE groups SET state = NULL');
      if (ungroup) await store.db.run('UPDATE claims SET grp = NULL');
      // pages of two: the largest group is read in many pages, a cell's claims of one group in several
      const result = await store.merging(() => regroupStore(store.db, { page: 2 }));
      expect(result.claims).toBe(ledger.claims.length);
      const again = await store.ledger();
      expect(wholeGroups(again.groups)).toEqual(groups);
      expect(again.claims.map((c) => [c.id, c.group])).toEqual(grouped);
    }
  });

  it('replaces a changed report under its id, leaving nothing of the old text behind', async () => {
    const store = await open();
    await withCopyOf(KURSK, async (dir) => {
      const file = path.join(dir, '002_f5a5df3b31408cd2.txt');
      await ingest(store, [dir]);
      const before = await store.ledger();
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/11,000/g, '12,500'));
      const result = await ingest(store, [dir]);
      expect(result).toMatchObject({ added: 0, replaced: 1, unchanged: 4 });
      const after = await store.ledger();
      expect(after.documents.map((d) => d.id)).toEqual(before.documents.map((d) => d.id));
      const id = after.documents.find((d) => d.source.endsWith('002_f5a5df3b31408cd2.txt'))!.id;
      const claims = after.claims.filter((c) => c.doc === id);
      expect(claims.some((c) => c.text.includes('12,500'))).toBe(true);
      expect(claims.some((c) => c.text.includes('11,000'))).toBe(false);
      expect(new Set(after.claims.map((c) => c.id)).size).toBe(after.claims.length);
      // group ids stay with their groups in a store, where a fresh analysis numbers them anew: the groups themselves are the same
      const { ledger } = await analyze([dir]);
      expect(after.claims.map(withoutGroup)).toEqual(ledger.claims.map(withoutGroup));
      expect(groupings(after)).toEqual(groupings(ledger));
    });
  });

  it('skips unread a file whose size and times are those it read, and reads again one rewritten under its old times', async () => {
    const store = await open();
    await withCopyOf(KURSK, async (dir) => {
      const file = path.join(dir, '002_f5a5df3b31408cd2.txt');
      const then = new Date('2025-02-01T00:00:00Z'); // whole seconds, which utimes puts back exactly
      await utimes(file, then, then);
      await ingest(store, [dir]);
      const stamped = (await store.stampsOf([file])).get(file);
      expect(stamped).toEqual({ ...stampOf(file), version: EXTRACTOR_VERSION, entries: 1 });
      const text = await readFile(file, 'utf8');
      const changed = text.replace('11,000', '17,000');
      expect(changed.length).toBe(text.length);

      // the same size, and its old modification time put back: the change time still tells
      await writeFile(file, changed);
      await utimes(file, then, then);
      expect(stampOf(file)!.mtime).toBe(stamped!.mtime);
      expect(await ingest(store, [dir])).toMatchObject({ replaced: 1, unchanged: 4 });
      expect((await store.ledger()).claims.some((c) => c.text.includes('17,000'))).toBe(true);

      // a stamp that matches is trusted: the file is not read (its new text is not seen) until --rehash
      await writeFile(file, text);
      await store.stampInputs([{ key: file, ...stampOf(file)!, version: EXTRACTOR_VERSION, entries: 1 }]);
      expect(await ingest(store, [dir])).toMatchObject({ added: 0, replaced: 0, unchanged: 5 });
      expect((await store.ledger()).claims.some((c) => c.text.includes('17,000'))).toBe(true);
      expect(await ingest(store, [dir], { rehash: true })).toMatchObject({ replaced: 1, unchanged: 4 });
      expect((await store.ledger()).claims.some((c) => c.text.includes('17,000'))).toBe(false);
    });
  });

  it('regroups a store whose reports have places in the millions (64-bit ordering, as in a long-lived store)', async () => {
    const store = await open();
    await ingest(store, [KURSK]);
    const before = groupings(await store.ledger());
    await store.db.run('UPDATE documents SET seq = seq + 3000000');
    await store.db.run('UPDATE claims SET seq = seq + 3000000');
    await store.db.run('INSERT INTO dirty_buckets (bucket) SELECT DISTINCT bucket FROM claims WHERE true ON CONFLICT (bucket) DO NOTHING');
    const result = await store.merging(() => store.regroup());
    expect(result.buckets).toBeGreaterThan(0);
    expect(groupings(await store.ledger())).toEqual(before);
  });

  it('answers a query from the database with the claims, corroboration and facts that filtering its whole ledger gives', async () => {
    const store = await open();
    await withSyntheticStory(60, async (files) => {
      // outlets from a manifest beside the reports, two reports to each
      const rows = files.map((f, i) => `${path.basename(f)},Outlet ${Math.floor(i / 2)}`);
      await writeFile(path.join(path.dirname(files[0]!), 'sources.csv'), `file,outlet\n${rows.join('\n')}\n`);
      await ingest(store, [KURSK, ...files]);
      const ledger = await store.ledger();
      const sample = (pick: (c: Ledger['claims'][number]) => boolean) => ledger.claims.find(pick)!;
      const named = sample((c) => !!c.claimant?.entity);
      const grouped = sample((c) => !!c.group && ledger.claims.filter((x) => x.group === c.group).length > 2);
      const outlet = ledger.documents.find((d) => d.outlet && ledger.claims.some((c) => c.doc === d.id))!.outlet!;
      const queries: { q: ClaimFilter; limit?: number }[] = [
        { q: {} },
        { q: { measure: 'killed' } },
        { q: { measure: named.measure, entity: named.claimant!.entity! } },
        { q: { claimant: named.claimant!.text.split(' ').at(-1)! } },
        { q: { group: grouped.group! } },
        { q: { doc: grouped.doc } },
        { q: { outlet } },
        { q: { status: 'conflict' } },
        { q: { status: 'agree', from: '2025-01' } },
        { q: { to: '2024-12-31' } },
        { q: { q: 'troops' } },
        { q: { measure: 'killed' }, limit: 3 },
        { q: { q: 'no report says this' } },
      ];
      let answered = 0;
      for (const { q, limit } of queries) {
        const expected = filterClaims(ledger, q).slice(0, limit ?? Infinity);
        // pages of 7 claims, so that most queries read many pages and stop in one
        const { claims } = await queryClaims(store.db, q, { page: 7, ...(limit ? { limit } : {}) });
        expect(claims, JSON.stringify(q)).toEqual(expected);
        const got = await withFacts(store.db, claims);
        expect(new Set(got.documents.map((d) => d.id))).toEqual(new Set(expected.map((c) => c.doc)));
        for (const d of got.documents) expect(d).toEqual(pick(ledger.documents.find((x) => x.id === d.id)!, ['id', 'outlet', 'published']));
        for (const g of got.groups) expect(g.status).toBe(ledger.groups.find((x) => x.id === g.id)!.status);
        // the same through claimMatches, which shares the reports' facts read while matching (by outlet) with withFacts
        expect(await claimMatches(store.db, q, limit ? { limit } : {})).toEqual(got);
        if (expected.length > 0) answered++;
      }
      expect(answered).toBeGreaterThanOrEqual(queries.length - 2);
      expect((await store.claims({ measure: 'killed' }, 3)).claims).toEqual(filterClaims(ledger, { measure: 'killed' }).slice(0, 3));
      // the corroboration is the ledger's: some claims are borne out by other reports
      expect(ledger.claims.some((c) => (c.corroboration?.outlets ?? 0) > 1)).toBe(true);
      expect(ledger.claims.some((c) => (c.corroboration?.copies ?? 0) > 0)).toBe(true);
    });
  });

  it('reads its ledger a page at a time to the bytes of the whole: ledger.json, claims and quotes as CSV, each collection', async () => {
    const store = await open();
    const jsonOf = async (read: LedgerCollections) => (await collect(ledgerJsonText(read))).join('');
    // an empty store
    const empty = await store.ledger();
    expect(await jsonOf(store.reader(7))).toBe(JSON.stringify(empty, null, 2));
    expect((await collect(claimsCsvText(store.reader(7).claims(), rowContext(empty)))).join('')).toBe(claimsCsv(empty));
    await withSyntheticStory(60, async (files) => {
      await ingest(store, [KURSK, ...files]);
      const whole = comparable((await analyze([KURSK, ...files])).ledger);
      // pages of 7 reports (28 claims): every collection is read in many pages
      const read = store.reader(7);
      expect(whole.documents.length).toBe(65);
      expect(whole.claims.length).toBeGreaterThan(28 * 5);
      expect(whole.copies.length).toBeGreaterThan(7);
      expect(await jsonOf(read)).toBe(JSON.stringify(whole, null, 2));
      for (const what of ['documents', 'claims', 'attributions', 'quotes', 'times', 'entities', 'groups', 'copies'] as const) expect(await collect<unknown>(read[what]()), what).toEqual(whole[what]);
      expect(mergeEvents(await collect(read.events()))).toEqual(whole.events);
      // a store written when copies were kept with their passages' texts reads the same
      for (const c of whole.copies) await store.db.run('UPDATE copies SET record = ? WHERE a = ? AND b = ?', [JSON.stringify(c), c.docs[0], c.docs[1]]);
      expect(await collect(store.reader(7).copies())).toEqual(whole.copies);
      const context = rowContext(whole);
      expect((await collect(claimsCsvText(read.claims(), context, 13))).join('')).toBe(claimsCsv(whole));
      expect((await collect(quotesCsvText(read.quotes(), context, 13))).join('')).toBe(quotesCsv(whole));
      // a reader works out the claims' corroboration once, however many files read its claims
      const again = store.reader(7);
      const all = vi.spyOn(store.db, 'all');
      try {
        expect(await collect(again.claims())).toEqual(whole.claims);
        expect(await collect(again.claims())).toEqual(whole.claims);
        expect(all.mock.calls.filter(([sql]) => sql.startsWith('SELECT DISTINCT grp FROM claims')).length).toBe(1);
      } finally {
        all.mockRestore();
      }
    });
  });

  it('finds words in the articles and in the quotes, and every stored span is its text', async () => {
    const store = await open();
    await ingest(store, [KURSK]);
    const hits = await store.search('Kursk region');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => /\[/.test(h.snippet))).toBe(true);
    const quotes = await store.search('Kursk', { kind: 'quote' });
    const ledger = await store.ledger();
    for (const q of quotes) expect(ledger.quotes.find((x) => x.id === q.ref)!.text.toLowerCase()).toContain('kursk');
    expect(await store.search('"); DROP TABLE documents; --')).toEqual([]);
    const texts = await store.texts();
    for (const c of ledger.claims) expect(texts.get(c.doc)!.slice(c.span.start, c.span.end)).toBe(c.text);
  });
});
