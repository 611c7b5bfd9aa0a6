/**
 * A report's kept mentions packed to cross between threads: their distinct
 * strings once, and six numbers a mention (key, type, name and alias as
 * places among the strings, then the span). A report names the same few
 * entities again and again, and a thread rebuilds a packed list far faster
 * than it receives dozens of objects: the mentions were the largest part of
 * what the extraction threads sent.
 */
import type { KeptMention } from '../ledger/entities.js';

export interface PackedMentions {
  readonly strings: readonly string[];
  /** six a mention: key, type, name, alias (places in `strings`), start, end */
  readonly fields: Int32Array;
}

const FIELDS = 6;

export function packMentions(mentions: readonly KeptMention[]): PackedMentions {
  const strings: string[] = [];
  const places = new Map<string, number>();
  const place = (s: string) => places.get(s) ?? (places.set(s, strings.push(s) - 1), strings.length - 1);
  const fields = new Int32Array(mentions.length * FIELDS);
  mentions.forEach((m, i) => fields.set([place(m.key), place(m.type), place(m.name), place(m.alias), m.span.start, m.span.end], i * FIELDS));
  return { strings, fields };
}

export function unpackMentions({ strings, fields }: PackedMentions): KeptMention[] {
  const out: KeptMention[] = [];
  for (let at = 0; at < fields.length; at += FIELDS) {
    const s = (k: number) => strings[fields[at + k]!]!;
    out.push({ key: s(0), type: s(1) as KeptMention['type'], name: s(2), alias: s(3), span: { start: fields[at + 4]!, end: fields[at + 5]! } });
  }
  return out;
}
