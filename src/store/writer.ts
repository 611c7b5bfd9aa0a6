/**
 * Adds reports' extracts to a store, a chunk at a time, as the only writer
 * of the moment (`Store.merging`): it first catches up with what other
 * writers added (entities, reports), skips a report the store already holds
 * with the same content and extractor version (a job run twice), replaces
 * one whose content changed, gives the entities their ids, finds copies
 * with earlier reports, and writes the chunk in one transaction. Cheap to
 * catch up: only entities changed since its last write are read.
 */
import { boilerplateSampled, findCopies, type EarlierCounts } from '../align/copies.js';
import { EntityRegistry } from '../ledger/entities.js';
import { withEntityIds, type PreparedReport } from './prepared-report.js';
import { unpackMentions } from './packed-mentions.js';
import { holdsUnchanged, type ReportWrite, type Store } from './store.js';
import { pushTo } from '../core/multimap.js';
import { PrintCache } from './print-cache.js';

export interface ChunkEntry {
  readonly report: PreparedReport;
  /** the key the store knows its input by */
  readonly key: string;
  readonly version: string;
}

export interface ChunkOutcome {
  readonly added: number;
  readonly replaced: number;
  /** already in the store as they are */
  readonly unchanged: number;
}

export class ReportWriter {
  private readonly registry = new EntityRegistry();
  private readonly prints = new PrintCache();
  private rev = -1;

  constructor(private readonly store: Store) {}

  async write(chunk: readonly ChunkEntry[]): Promise<ChunkOutcome> {
    if (chunk.length === 0) return { added: 0, replaced: 0, unchanged: 0 };
    let written: readonly ReportWrite[] = [];
    const outcome = await this.store.merging(async () => {
      const { seeds, rev } = await this.store.entitySeedsSince(this.rev);
      for (const s of seeds) this.registry.seed(s);
      this.rev = rev;
      const known = await this.store.reportsOf(chunk.map((c) => c.key));
      let seq = await this.store.nextSeq();
      const reports: ReportWrite[] = [];
      const replaced: string[] = [];
      let unchanged = 0;
      for (const { report: x, key, version } of chunk) {
        const previous = known.get(key);
        if (holdsUnchanged(previous, x.document.sha256, version)) {
          unchanged++;
          continue;
        }
        if (previous) replaced.push(previous.id);
        const doc = x.document.id;
        this.registry.addMentions(doc, unpackMentions(x.mentions));
        const ids = (record: string) => withEntityIds(record, doc, (d, k) => this.registry.idOfKey(d, k));
        reports.push({
          ...x,
          key,
          seq: previous?.seq ?? seq++,
          version,
          claims: x.claims.map((c) => ({ ...c, record: ids(c.record) })),
          attributions: x.attributions.map(ids),
          quotes: x.quotes.map((q) => ({ ...q, record: ids(q.record) })),
          mentions: [],
        });
      }
      this.registry.forgetDocuments();
      const changed = this.registry.takeChanged();
      const mentionsOf = new Map<string, { entity: string; span: { start: number; end: number } }[]>();
      for (const { seed, mentions } of changed) {
        for (const m of mentions) pushTo(mentionsOf, m.doc, { entity: seed.entity.id, span: m.span });
      }
      const withMentions = reports.map((r) => ({ ...r, mentions: (mentionsOf.get(r.document.id) ?? []).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end) }));
      if (withMentions.length > 0) {
        this.prints.validate(await this.store.replacements());
        const earlier = await this.store.earlierCounts(withMentions.flatMap((r) => r.sample), replaced);
        const copies = await this.copies(withMentions, new Set(replaced), earlier);
        this.rev = await this.store.writeReports({ reports: withMentions, replaced, entities: changed.map((c) => c.seed), copies, earlier });
        written = withMentions;
      }
      return { added: reports.length - replaced.length, replaced: replaced.length, unchanged };
    });
    // once they are in the store: the first reports of a story are the copy candidates of its later reports
    for (const r of written) this.prints.put(r.document.id, r.print);
    return outcome;
  }

  /** Copies between the chunk's reports, and between each and the earlier reports that share sampled shingles with it. */
  private async copies(reports: readonly ReportWrite[], replaced: ReadonlySet<string>, earlier: EarlierCounts) {
    const own = new Set(reports.map((r) => r.document.id));
    const boilerplate = boilerplateSampled(earlier, reports);
    const candidates = await this.store.copyCandidates(
      reports.flatMap((r) => r.sample).filter((h) => !boilerplate.has(h)),
      new Set([...own, ...replaced]),
    );
    const { held: prints, missing: unread } = this.prints.take(candidates);
    for (const [doc, print] of await this.store.prints(unread)) {
      prints.set(doc, print);
      this.prints.put(doc, print);
    }
    return findCopies(
      [...candidates.flatMap((doc) => (prints.has(doc) ? [{ doc, print: prints.get(doc)! }] : [])), ...reports.map((r) => ({ doc: r.document.id, print: r.print }))],
      { involving: own, earlier },
    );
  }
}
