/**
 * An object written as `JSON.stringify(value, null, 2)` writes it, a piece at
 * a time: a field whose value is an async iterable is written as an array an
 * item at a time, and a field given as a function is asked for its value only
 * when its turn comes (after the fields before it were written). So a ledger
 * of any size is written holding one record, with the same bytes.
 */

export type JsonField = unknown | AsyncIterable<unknown> | (() => unknown);

/** Pieces of the text, each at least `chunk` characters long but the last. */
export async function* jsonObjectText(fields: Iterable<readonly [string, JsonField]>, chunk = 1 << 16): AsyncGenerator<string> {
  let out = '{';
  let first = true;
  for (const [name, field] of fields) {
    out += `${first ? '' : ','}\n  ${JSON.stringify(name)}: `;
    first = false;
    if (isAsyncIterable(field)) {
      let empty = true;
      for await (const item of field) {
        out += `${empty ? '[' : ','}\n${indent(JSON.stringify(item, null, 2) ?? 'null', '    ', true)}`;
        empty = false;
        if (out.length >= chunk) {
          yield out;
          out = '';
        }
      }
      out += empty ? '[]' : '\n  ]';
    } else {
      const value = typeof field === 'function' ? await (field as () => unknown)() : field;
      const text = JSON.stringify(value, null, 2);
      if (text === undefined) throw new TypeError(`field ${name} has no JSON value`);
      out += indent(text, '  ', false);
    }
  }
  out += first ? '}' : '\n}';
  yield out;
}

/** One JSON record per line (NDJSON), in pieces of at least `chunk` characters but the last. */
export async function* ndjsonText(records: AsyncIterable<unknown> | Iterable<unknown>, chunk = 1 << 16): AsyncGenerator<string> {
  let piece = '';
  for await (const record of records) {
    piece += `${JSON.stringify(record)}\n`;
    if (piece.length < chunk) continue;
    yield piece;
    piece = '';
  }
  if (piece) yield piece;
}

/** The pieces, then a line break (a file's last line ends with one). */
export async function* withNewline(pieces: AsyncIterable<string>): AsyncGenerator<string> {
  yield* pieces;
  yield '\n';
}

/** Each line after a line break prefixed (a JSON text's strings hold no raw line break), the first too where asked. */
function indent(text: string, prefix: string, firstLine: boolean): string {
  return (firstLine ? prefix : '') + text.replaceAll('\n', `\n${prefix}`);
}

function isAsyncIterable(x: unknown): x is AsyncIterable<unknown> {
  return typeof x === 'object' && x !== null && Symbol.asyncIterator in x;
}
