/**
 * Source positions as the reference printer sees them.
 *
 * The AST counts offsets in UTF-16 code units; the reference printer counts
 * UTF-8 bytes and estimates the position of a token that has no position of
 * its own by adding the byte length of the text printed before it. Comments
 * are placed by comparing such estimates with their own offsets, so the
 * printer works in bytes throughout to land them exactly where Alloy does.
 */
import type { Position } from '../diagnostic';
import { utf8Length } from '../line-index';

/** A position in the source: 0-based UTF-8 byte offset and 1-based line. */
export type SourcePosition = { offset: number; line: number };

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}

/** The source text a file was parsed from, answering byte-level questions about it. */
export class SourceMap {
  /** The last conversion: the printer asks for positions mostly in source order. */
  private recent = { offset: 0, bytes: 0 };

  constructor(private readonly text: string) {}

  /** The byte position of an AST position; past the end of the text, one byte per unit. */
  at(position: Position): SourcePosition {
    const offset = Math.min(Math.max(position.offset, 0), this.text.length);
    const from = offset >= this.recent.offset ? this.recent : { offset: 0, bytes: 0 };
    this.recent = { offset, bytes: from.bytes + utf8Length(this.text, from.offset, offset) };
    return { offset: this.recent.bytes + position.offset - offset, line: position.line };
  }

  /** The number of UTF-8 bytes between two offsets. */
  bytesBetween(start: number, end: number): number {
    return utf8Length(this.text, start, end);
  }

  /**
   * The line of the byte `bytes` bytes after `from`. The reference printer
   * computes some end positions as start + length − 1 over text that is not
   * the source text (unquoted keys, comments without carriage returns), so the
   * result can fall short of the real end; this reproduces that.
   */
  lineAfter(from: Position, bytes: number): number {
    const text = this.text;
    let line = from.line;
    let remaining = bytes;
    for (let i = from.offset; i < text.length && remaining > 0;) {
      const size = text.codePointAt(i)! > 0xffff ? 2 : 1;
      if (text[i] === '\n') line++;
      remaining -= utf8Length(text, i, i + size);
      i += size;
    }
    return line;
  }

  /**
   * The position of the first token at or after `from`, skipping blanks and
   * comments: for brackets the AST records no position for. Between the
   * expression before such a bracket and the bracket there can be no line
   * break (the scanner would have ended the statement), so the line stays.
   */
  tokenAfter(from: Position): Position {
    const text = this.text;
    let i = from.offset;
    for (;;) {
      while (isBlank(text[i])) i++;
      if (!text.startsWith('/*', i)) break;
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    }
    return { offset: i, line: from.line, column: from.column + i - from.offset };
  }
}
