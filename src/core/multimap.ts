/** Adds a value to the list under a key, making the list on first use (in place: no copying as lists grow). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
