/**
 * Offset ↔ line/column mapping over a precomputed table of line starts, and
 * the UTF-8 byte columns Alloy reports.
 *
 * A line starts after every `\n` (a `\r` is an ordinary character). Columns
 * count UTF-16 code units, like offsets (see diagnostic.ts).
 *
 * Byte columns: a code point counts as many bytes as UTF-8 needs for it. A
 * lone surrogate counts as one byte: it is how a string models one source
 * byte that was not valid UTF-8 (the scanner reports it as
 * `illegal UTF-8 encoding`, just as Alloy reports the byte). Decoders that
 * keep such bytes map byte 0x80–0xFF to U+DC80–U+DCFF.
 */
import type { Position, Range } from './diagnostic';
import type { Span } from './span';

export class LineIndex {
  readonly text: string;
  /** Offset of the first character of every line; `lineStarts[0]` is 0. */
  readonly lineStarts: readonly number[];
  /** Index of the line found last: lookups mostly move forward a little. */
  private recentLine = 0;

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The position of an offset (clamped to the text). */
  position(offset: number): Position {
    const clamped = offset < 0 ? 0 : offset > this.text.length ? this.text.length : offset;
    const index = this.lineIndexOf(clamped);
    return { offset: clamped, line: index + 1, column: clamped - (this.lineStarts[index] ?? 0) + 1 };
  }

  /** The positions of a span's ends. */
  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  /** The 1-based line of an offset. */
  lineOf(offset: number): number {
    return this.lineIndexOf(offset) + 1;
  }

  /** The offset of a 1-based line and column (both clamped to the text). */
  offsetAt(line: number, column: number): number {
    const index = Math.min(Math.max(line, 1), this.lineStarts.length) - 1;
    const start = this.lineStarts[index] ?? 0;
    const next = this.lineStarts[index + 1];
    const lineEnd = next === undefined ? this.text.length : next - 1;
    return Math.min(start + Math.max(column, 1) - 1, lineEnd);
  }

  /** The 1-based byte column of a position, as Alloy counts it. */
  utf8Column(position: Position): number {
    return utf8Column(this.text, position);
  }

  private lineIndexOf(offset: number): number {
    const starts = this.lineStarts;
    let index = this.recentLine;
    if (offset >= (starts[index] ?? 0)) {
      // Common case: on the recent line or a few lines after it.
      for (let steps = 0; steps < 4; steps++) {
        const next = starts[index + 1];
        if (next === undefined || offset < next) return (this.recentLine = index);
        index++;
      }
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return (this.recentLine = low);
  }
}

/** Number of UTF-8 bytes of `text` between two offsets (see the module note on lone surrogates). */
export function utf8Length(text: string, from = 0, to = text.length): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) bytes += 1;
    else bytes += 3;
  }
  return bytes;
}

/** The 1-based UTF-8 byte column of a position in `text`, as Alloy reports columns. */
export function utf8Column(text: string, position: Position): number {
  const lineStart = position.offset - (position.column - 1);
  return utf8Length(text, lineStart, position.offset) + 1;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
