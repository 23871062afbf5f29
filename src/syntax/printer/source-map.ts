/**
 * Source positions as the reference printer sees them.
 *
 * The AST counts offsets in UTF-16 code units; the reference printer counts
 * UTF-8 bytes and estimates the position of a token that has no position of
 * its own by adding the byte length of the text printed before it. Comments
 * are placed by comparing such estimates with their own offsets, so the
 * printer works in bytes throughout to land them exactly where Alloy does.
 */
import { LineIndex, utf8Length } from '../line-index';

/** A position in the source: 0-based UTF-8 byte offset and 1-based line. */
export type SourcePosition = { offset: number; line: number };

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}

/** The source text a file was parsed from, answering line and byte questions about it. */
export class SourceMap {
  private readonly text: string;
  /** The last conversion: the printer asks for positions mostly in source order. */
  private recent = { offset: 0, bytes: 0 };

  /** Without the lines of the source (an expression built in code), everything lies on line 1. */
  constructor(private readonly lines: LineIndex = new LineIndex('')) {
    this.text = lines.text;
  }

  /** The 1-based line of an offset. */
  lineOf(offset: number): number {
    return this.lines.lineOf(offset);
  }

  /** The byte position of an offset, on its own line unless told; past the end of the text, one byte per unit. */
  at(offset: number, line = this.lineOf(offset)): SourcePosition {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    const from = clamped >= this.recent.offset ? this.recent : { offset: 0, bytes: 0 };
    this.recent = { offset: clamped, bytes: from.bytes + utf8Length(this.text, from.offset, clamped) };
    return { offset: this.recent.bytes + offset - clamped, line };
  }

  /** The number of UTF-8 bytes between two offsets. */
  bytesBetween(start: number, end: number): number {
    return utf8Length(this.text, start, end);
  }

  /**
   * The line of the byte `bytes` bytes after the offset `from`. The
   * reference printer computes some end positions as start + length − 1
   * over text that is not the source text (unquoted keys, comments without
   * carriage returns), so the result can fall short of the real end; this
   * reproduces that.
   */
  lineAfter(from: number, bytes: number): number {
    const text = this.text;
    let line = this.lineOf(from);
    let remaining = bytes;
    for (let i = from; i < text.length && remaining > 0;) {
      const size = text.codePointAt(i)! > 0xffff ? 2 : 1;
      if (text[i] === '\n') line++;
      remaining -= utf8Length(text, i, i + size);
      i += size;
    }
    return line;
  }

  /**
   * The offset of the first token at or after `from`, skipping blanks and
   * comments: for brackets the AST records no position for. Between the
   * expression before such a bracket and the bracket there can be no line
   * break (the scanner would have ended the statement), so the bracket
   * counts as on the line of `from`.
   */
  tokenAfter(from: number): number {
    const text = this.text;
    let i = from;
    for (;;) {
      while (isBlank(text[i])) i++;
      if (!text.startsWith('/*', i)) break;
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    }
    return i;
  }
}
