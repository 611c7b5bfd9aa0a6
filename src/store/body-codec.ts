/**
 * A report's clean text as the store keeps it: packed against its source.
 * Most of a clean text is copied from the source (the offset map's linear
 * intervals), so only what cleaning made (a space for a line break, `&` for
 * `&amp;`) is kept as text; a copied run is kept as its [start, end) in the
 * source. JSON: a flat array of strings (text) and pairs of numbers (a run of
 * the source). A copy is kept as a run only when its characters are the
 * source's, so unpacking gives back the clean text exactly. A text stored
 * before, as a JSON string, is read as it is.
 */
import type { DocExtract } from '../ledger/doc-extract.js';

type Anchors = DocExtract['map'];

export function packBody(body: string, source: string, map: Anchors): string {
  const pieces: (string | number)[] = [];
  let text = '';
  let run: [number, number] | null = null;
  const flushRun = () => {
    if (run) pieces.push(run[0], run[1]);
    run = null;
  };
  const flushText = () => {
    if (text) pieces.push(text);
    text = '';
  };
  for (let i = 0; i + 1 < map.from.length; i++) {
    const [start, end] = [map.from[i]!, map.from[i + 1]!];
    const [at, to] = [map.to[i]!, map.to[i + 1]!];
    if (start === end) continue;
    if (map.linear[i] && end - start === to - at && body.slice(start, end) === source.slice(at, to)) {
      flushText();
      if (run && run[1] === at) run[1] = to;
      else {
        flushRun();
        run = [at, to];
      }
    } else {
      flushRun();
      text += body.slice(start, end);
    }
  }
  flushRun();
  flushText();
  // a map that does not cover the text (never made by cleaning) keeps the rest as text
  const covered = map.from[map.from.length - 1] ?? 0;
  if (covered < body.length) pieces.push(body.slice(covered));
  return JSON.stringify(pieces);
}

export function unpackBody(stored: string, source: string): string {
  const packed = JSON.parse(stored) as string | (string | number)[];
  if (typeof packed === 'string') return packed;
  let out = '';
  for (let i = 0; i < packed.length; i++) {
    const piece = packed[i]!;
    out += typeof piece === 'string' ? piece : source.slice(piece, packed[++i] as number);
  }
  return out;
}
