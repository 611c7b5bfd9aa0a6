/**
 * Builds a derived text from a source text, left to right, and the offset map
 * that ties the two together. Every derivation in Tally (HTML to text, markdown
 * to text, each cleaning step) goes through here, so no step can lose offsets.
 */
import { OffsetMap } from './offset-map.js';

export class TextBuilder {
  private readonly source: string;
  private readonly parts: string[] = [];
  private readonly from: number[] = [0];
  private readonly to: number[] = [0];
  private readonly linear: boolean[] = [];
  private cleanLength = 0;
  private cursor = 0;

  constructor(source: string) {
    this.source = source;
  }

  /** Where the next piece of source will be read from. */
  get position(): number {
    return this.cursor;
  }

  /** The text built so far ends with `suffix`. */
  endsWith(suffix: string): boolean {
    for (let i = this.parts.length - 1, rest = suffix; i >= 0; i--) {
      const part = this.parts[i]!;
      if (part.length >= rest.length) return part.endsWith(rest);
      if (!rest.endsWith(part)) return false;
      rest = rest.slice(0, rest.length - part.length);
      if (rest.length === 0) return true;
    }
    return suffix.length === 0;
  }

  get length(): number {
    return this.cleanLength;
  }

  /** Appends `source[start, end)` unchanged; anything skipped since the last call is dropped. */
  copy(start: number, end: number): this {
    if (end <= start) return this.skipTo(start);
    this.skipTo(start);
    this.parts.push(this.source.slice(start, end));
    this.push(end - start, end, true);
    return this;
  }

  /** Appends `text` as a stand-in for `source[start, end)` as a whole. */
  replace(start: number, end: number, text: string): this {
    this.skipTo(start);
    if (end === start && text.length === 0) return this;
    if (text === this.source.slice(start, end)) return this.copy(start, end);
    this.parts.push(text);
    this.push(text.length, end, false);
    return this;
  }

  /** Appends `text` that has no counterpart in the source (e.g. a paragraph break between HTML blocks). */
  insert(text: string): this {
    return this.replace(this.cursor, this.cursor, text);
  }

  /** Drops `source[position, offset)`. */
  skipTo(offset: number): this {
    if (offset < this.cursor) {
      throw new RangeError(`text builder: source offset ${offset} is behind ${this.cursor}`);
    }
    if (offset > this.source.length) throw new RangeError(`text builder: offset ${offset} is past the source`);
    if (offset > this.cursor) this.push(0, offset, false);
    return this;
  }

  finish(): { text: string; map: OffsetMap } {
    this.skipTo(this.source.length);
    return { text: this.parts.join(''), map: OffsetMap.fromAnchors(this.from, this.to, this.linear) };
  }

  private push(cleanAdded: number, sourceEnd: number, linear: boolean): void {
    this.cleanLength += cleanAdded;
    this.from.push(this.cleanLength);
    this.to.push(sourceEnd);
    this.linear.push(linear);
    this.cursor = sourceEnd;
  }
}
