/**
 * A function's results kept by argument, for work a story repeats across
 * reports (the same clause, date or phrase read again); past `limit` entries
 * all are forgotten at once, so a long run meeting ever new arguments holds
 * at most `limit`. Results must be treated as read-only: they are shared.
 */
export function memoized<K, V>(fn: (key: K) => V, limit: number): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    const held = kept.get(key);
    if (held !== undefined || kept.has(key)) return held as V;
    const value = fn(key);
    if (kept.size >= limit) kept.clear();
    kept.set(key, value);
    return value;
  };
}
