/**
 * Short ids for a store's new reports, as `IdAllocator` gives them in a
 * batch ("002_f5a5", then "002_f5a5-2"…), none that the store's reports or
 * the run's earlier ones hold. The store is asked about the ids tried, a
 * batch at a time, never listed whole: a run that adds a few reports to a
 * large store reads as much of it as of a small one.
 */
import { idBase, idTries } from '../pipeline/analyze.js';

export class StoreIds {
  /** given in this run */
  private readonly used = new Set<string>();
  /** asked of the store: whether one of its reports holds it */
  private readonly held = new Map<string, boolean>();

  /** `holding`: which of these ids the store's reports hold */
  constructor(private readonly holding: (ids: readonly string[]) => Promise<ReadonlySet<string>>) {}

  /** An id for each input, in order. */
  async next(inputs: readonly string[]): Promise<string[]> {
    // each input's first try, its base, asked all at once; a later try only where a base is taken
    const bases = inputs.map(idBase);
    await this.ask(bases);
    const out: string[] = [];
    for (const base of bases) {
      for (const id of idTries(base)) {
        if (await this.taken(id)) continue;
        this.used.add(id);
        out.push(id);
        break;
      }
    }
    return out;
  }

  private async taken(id: string): Promise<boolean> {
    if (this.used.has(id)) return true;
    if (!this.held.has(id)) await this.ask([id]);
    return this.held.get(id)!;
  }

  private async ask(ids: readonly string[]): Promise<void> {
    const unknown = [...new Set(ids)].filter((id) => !this.used.has(id) && !this.held.has(id));
    if (unknown.length === 0) return;
    const holding = await this.holding(unknown);
    for (const id of unknown) this.held.set(id, holding.has(id));
  }
}
