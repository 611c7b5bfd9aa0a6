/** A ledger claim for align tests: only what the test cares about, the rest plain. */
import type { Claim } from '../ledger/schema.js';

let counter = 0;

export function claim(over: Partial<Claim> & { value?: Claim['value'] } = {}): Claim {
  counter++;
  const doc = over.doc ?? 'd1';
  return {
    id: over.id ?? `${doc}:c${counter}`,
    doc,
    span: { start: 0, end: 1 },
    text: 'x',
    sentence: { start: 0, end: 1 },
    value: { low: 100, high: 100 },
    qualifier: 'exact',
    unit: 'person',
    counted: { text: 'troops', span: { start: 0, end: 1 } },
    measure: 'deployed',
    modality: 'asserted',
    change: null,
    claimant: null,
    via: [],
    time: null,
    asserted: { value: '2025-04-28', basis: 'document' },
    group: null,
    partOf: null,
    place: null,
    family: null,
    corroboration: null,
    ...over,
  };
}

/** An exact or qualified figure: `fig(600, 'approx')`. */
export function fig(value: number, qualifier: Claim['qualifier'] = 'exact', over: Partial<Claim> = {}): Claim {
  const open = qualifier === 'at_most' || qualifier === 'less_than' ? { low: null, high: value } : qualifier === 'at_least' || qualifier === 'more_than' ? { low: value, high: null } : { low: value, high: value };
  return claim({ value: open, qualifier, text: `${qualifier} ${value}`, ...over });
}
