/**
 * A lookup table whose keys are words read from text, arguments or URLs. A
 * plain object literal answers "constructor", "toString" or "__proto__" from
 * its prototype: a page about JavaScript ("a two argument constructor") once
 * gave a figure whose unit was the `Object` function, which no thread could
 * hand back, and `tally constructor` ran a function that was not a command.
 * A table made here has no prototype and cannot change.
 */
export function wordTable<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
