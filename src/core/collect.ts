/** Every item of an async iterable, in order (Node 20 has no `Array.fromAsync`). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The items of a list, one at a time, as an async iterable (for what reads a store or a list alike). */
export async function* each<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/** The items that match, as they come. */
export async function* filtered<T>(items: AsyncIterable<T>, matches: (item: T) => boolean): AsyncGenerator<T> {
  for await (const item of items) if (matches(item)) yield item;
}
