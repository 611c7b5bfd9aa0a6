/**
 * Reads the MEANTIME corpus (NewsReader CAT XML): tokens with sentence numbers,
 * and TIMEX3 markables anchored to tokens. The text is rebuilt from the tokens
 * (title, date line and each sentence on its own line; no space before closing
 * punctuation), and each timex gets the character span of its tokens in it.
 * The document creation time is the TIMEX3 marked `CREATION_TIME`.
 *
 * MEANTIME annotates only the first sentences of each article (the title, the
 * date line and about four more): `annotatedEnd` is where the last sentence
 * with any annotation ends, and predictions after it are not scored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Span } from '../../src/core/span.js';

export interface GoldTimex {
  readonly span: Span;
  readonly type: string;
  readonly value: string;
}

export interface MeantimeDoc {
  readonly name: string;
  readonly text: string;
  /** the document creation time (`YYYY-MM-DD`) */
  readonly dct: string;
  readonly timexes: readonly GoldTimex[];
  /** end of the last sentence that carries any annotation */
  readonly annotatedEnd: number;
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}%]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^(?:[([{$#]|US\$|C\$|A\$)$/;

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}

function attr(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

/** A token of a CAT file with its place in the rebuilt text. */
export interface CatToken {
  readonly id: string;
  readonly sentence: number;
  readonly word: string;
  readonly span: Span;
}

/** The text of a CAT file rebuilt from its tokens, with each token's span and the end of each sentence. */
export function rebuildCatText(xml: string): { text: string; tokens: CatToken[]; sentenceEnd: number[] } {
  const tokens: CatToken[] = [];
  const sentenceEnd: number[] = [];
  let text = '';
  let sentence = '0';
  let previous = '';
  let doubleQuotes = 0;
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const tag = m[1]!;
    const word = unescapeXml(m[2]!);
    const s = attr(tag, 'sentence');
    let gap = text === '' ? '' : ' ';
    if (s !== sentence) gap = '\n';
    else if (NO_SPACE_BEFORE.test(word) || NO_SPACE_AFTER.test(previous)) gap = '';
    else if (word === '"') gap = doubleQuotes % 2 === 1 ? '' : ' ';
    else if (previous === '"' && doubleQuotes % 2 === 1) gap = '';
    if (word === '"') doubleQuotes++;
    sentence = s;
    text += gap;
    tokens.push({ id: attr(tag, 't_id'), sentence: Number(s), word, span: { start: text.length, end: text.length + word.length } });
    text += word;
    sentenceEnd[Number(s)] = text.length;
    previous = word;
  }
  return { text, tokens, sentenceEnd };
}

/** The document creation time of a CAT file (`YYYY-MM-DD`), '' when it has none. */
export function catCreationTime(xml: string): string {
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*?)(\/>|>)/g)) {
    if (attr(m[1]!, 'functionInDocument') !== 'CREATION_TIME') continue;
    const dct = attr(m[1]!, 'value');
    // one file writes its creation time day first ("03-02-2009")
    const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(dct);
    return (dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : dct).slice(0, 10);
  }
  return '';
}

export function parseMeantime(name: string, xml: string): MeantimeDoc {
  const { text, tokens, sentenceEnd } = rebuildCatText(xml);
  const offsets = new Map(tokens.map((t) => [t.id, t.span]));
  const sentenceOf = new Map(tokens.map((t) => [t.id, t.sentence]));
  const timexes: GoldTimex[] = [];
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*?)(\/>|>([\s\S]*?)<\/TIMEX3>)/g)) {
    const tag = m[1]!;
    const anchors = [...(m[3] ?? '').matchAll(/t_id="(\d+)"/g)].map((a) => offsets.get(a[1]!)).filter((s): s is Span => s !== undefined);
    if (anchors.length === 0) continue; // an empty timex (no text): not scored
    timexes.push({
      span: { start: Math.min(...anchors.map((a) => a.start)), end: Math.max(...anchors.map((a) => a.end)) },
      type: attr(tag, 'type'),
      value: attr(tag, 'value'),
    });
  }
  timexes.sort((a, b) => a.span.start - b.span.start);
  let last = 0;
  for (const m of xml.matchAll(/<(EVENT_MENTION|ENTITY_MENTION|TIMEX3|VALUE|SIGNAL)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    for (const a of m[2]!.matchAll(/t_id="(\d+)"/g)) last = Math.max(last, sentenceOf.get(a[1]!) ?? 0);
  }
  return { name, text, dct: catCreationTime(xml), timexes, annotatedEnd: sentenceEnd[last] ?? text.length };
}

/** Every document under the MEANTIME folder (its topic subfolders), in name order. */
export function readMeantime(root: string): MeantimeDoc[] {
  const docs: MeantimeDoc[] = [];
  for (const topic of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(path.join(root, topic)).filter((f) => f.endsWith('.xml')).sort()) {
      docs.push(parseMeantime(`${topic}/${file.replace(/\.xml$/, '')}`, readFileSync(path.join(root, topic, file), 'utf8')));
    }
  }
  return docs;
}
