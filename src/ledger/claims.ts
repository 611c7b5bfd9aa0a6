/** Figures that are claims → ledger claims, with every range mapped to a source span, their claimant, their time and when they were made. */
import { claimantsOf } from '../extract/attribution/claimant.js';
import { assertedAt, claimTime } from '../extract/time/claim-time.js';
import { familyOf } from '../align/claimant-family.js';
import type { Timex } from '../extract/time/index.js';
import type { Figure } from '../extract/quantities/figure.js';
import type { EntityMention } from '../extract/entities/mention.js';
import { figurePlace } from '../extract/place/figure-place.js';
import type { Analysis } from '../pipeline/process-doc.js';
import { plain, sourced, toActor } from './attributions.js';
import type { EntityIndex } from './entities.js';
import type { Claim } from './schema.js';

const NO_ENTITIES: EntityIndex = { entities: [], idOf: () => null };

export function toClaims(
  { doc, figures, attributions, quotes, times = [], entities = [] }: Pick<Analysis, 'doc' | 'figures' | 'attributions' | 'quotes'> & { times?: readonly Timex[]; entities?: readonly EntityMention[] },
  index: EntityIndex = NO_ENTITIES,
): Claim[] {
  const claims: Claim[] = [];
  const idOf = new Map<Figure, string>();
  let n = 0;
  for (const f of figures) if (f.role === 'claim') idOf.set(f, `${doc.id}:c${++n}`);
  const docField = doc.meta.updated ?? doc.meta.published;
  const docDate = docField?.value.slice(0, 10) ?? null;
  // an inferred date is a window, not a day: the claim says so rather than pass its first day off as the date
  const documentAsserted: Claim['asserted'] =
    docField?.basis === 'inferred'
      ? { value: docDate, basis: 'inferred', ...(docField.earliest ? { earliest: docField.earliest } : {}), ...(docField.latest ? { latest: docField.latest } : {}) }
      : { value: docDate, basis: 'document' };
  const places = entities.filter((e) => e.type === 'place');
  const claimFigures = figures.filter((f) => f.role === 'claim');
  for (const [i, f] of claimFigures.entries()) {
    const span = doc.map.spanToSource(f.range);
    const sentence = doc.sentences[f.sentence]!;
    const next = claimFigures[i + 1];
    const place = figurePlace(f.range, next && next.sentence === f.sentence ? next.range.start : null, sentence.range, places, doc.text);
    const found = claimantsOf(f.range, attributions, quotes);
    const [claimant, ...via] = found.map((c) => toActor(doc, c.source, c.resolved, index));
    const sentenceTimes = times.filter((t) => t.sentence === f.sentence);
    const said = assertedAt(found[0]?.cue ?? null, sentenceTimes, doc.text);
    const others = figures.filter((g) => g !== f && g.role === 'claim' && g.sentence === f.sentence).map((g) => g.range);
    const time = claimTime(f.range, f.time, sentenceTimes, others, said, said?.period?.end ?? docDate);
    claims.push({
      id: idOf.get(f)!,
      doc: doc.id,
      span: plain(span),
      text: doc.source.slice(span.start, span.end),
      sentence: plain(doc.map.spanToSource(sentence.range)),
      value: { low: f.low, high: f.high },
      qualifier: f.qualifier,
      unit: f.unit === null ? null : f.per ? `${f.unit}/${f.per}` : f.unit,
      counted: f.counted ? sourced(doc, f.counted) : null,
      measure: f.measure,
      modality: f.modality,
      change: f.change ? { direction: f.change } : null,
      claimant: claimant ?? null,
      via,
      time: time ? { ...sourced(doc, time.range), start: time.start, end: time.end } : null,
      asserted: said ? { value: said.period?.start ?? said.normalized, basis: 'text', ...sourced(doc, said.range) } : documentAsserted,
      group: null,
      partOf: f.partOf ? (idOf.get(f.partOf) ?? null) : null,
      place: place ? sourced(doc, place) : null,
      family: familyOf(claimant ?? null),
      corroboration: null,
    });
  }
  return claims;
}
