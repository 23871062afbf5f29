/**
 * Elastic tabstops: Go's text/tabwriter with the parameters the reference
 * printer uses (minimum width 0, tab width 8, padding 1, pad with spaces,
 * DiscardEmptyColumns and TabIndent). See spec 7.5.
 *
 * Lines end at `\n` or `\f`; cells end at `\t` (hard) or `\v` (soft). The
 * text after a line's last tab is its last cell and takes no part in
 * alignment. A column is aligned over each run of consecutive lines that have
 * it. `\f`, and a line without tabs, end the section: everything so far is
 * aligned and written out. Escaped chunks (comments) are opaque cell text.
 */
import type { Chunk, ChunkSink } from './chunk';

const TAB_WIDTH = 8;
const PADDING = 1;

type Cell = {
  chunks: Chunk[];
  /** Width in code points. */
  width: number;
  /** Ended by `\t` rather than `\v`. */
  hard: boolean;
};

function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The low half of a surrogate pair does not start a code point.
    if (code < 0xdc00 || code > 0xdfff || i === 0 || !isHighSurrogate(text.charCodeAt(i - 1))) count++;
  }
  return count;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function emptyCell(): Cell {
  return { chunks: [], width: 0, hard: false };
}

class TabWriter {
  private lines: Cell[][] = [[]];
  private cell: Cell = emptyCell();
  /** Widths of the columns being aligned, from the first. */
  private readonly widths: number[] = [];

  constructor(private readonly out: ChunkSink) {}

  write(chunk: Chunk): void {
    if (chunk.escaped) {
      this.append(chunk);
      return;
    }
    const text = chunk.text;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue;
      this.append({ text: text.slice(start, i), escaped: false });
      start = i + 1;
      const cells = this.terminateCell(ch === '\t');
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        // A line with one cell cannot affect the alignment of later lines.
        if (ch === '\f' || cells === 1) this.flush();
      }
    }
    this.append({ text: text.slice(start), escaped: false });
  }

  flush(): void {
    if (this.cell.chunks.length > 0) this.terminateCell(false);
    this.format();
    this.lines = [[]];
    this.cell = emptyCell();
  }

  private append(chunk: Chunk): void {
    if (chunk.text.length === 0) return;
    this.cell.chunks.push(chunk);
    this.cell.width += codePoints(chunk.text);
  }

  /** Ends the current cell; returns the number of cells in its line. */
  private terminateCell(hard: boolean): number {
    const line = this.lines[this.lines.length - 1]!;
    line.push({ ...this.cell, hard });
    this.cell = emptyCell();
    return line.length;
  }

  /**
   * Aligns and writes all buffered lines. Go's tabwriter recurses into each
   * run of lines sharing a column to align the next column; the frames here
   * stand for that recursion (a line can have thousands of cells). The frame
   * at depth d aligns column d over lines [start, end).
   */
  private format(): void {
    const frames: Array<{ start: number; end: number; next: number }> = [
      { start: 0, end: this.lines.length, next: 0 },
    ];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const column = frames.length - 1;
      let first = frame.next;
      while (first < frame.end && column >= this.lines[first]!.length - 1) first++;
      if (first >= frame.end) {
        this.writeLines(frame.start, frame.end);
        frames.pop();
        this.widths.pop();
        continue;
      }
      // Line `first` opens a run of lines that have this column.
      this.writeLines(frame.start, first);
      let end = first;
      let width = 0;
      let discardable = true;
      for (; end < frame.end; end++) {
        const line = this.lines[end]!;
        if (column >= line.length - 1) break;
        const cell = line[column]!;
        width = Math.max(width, cell.width + PADDING);
        if (cell.width > 0 || cell.hard) discardable = false;
      }
      this.widths.push(discardable ? 0 : width);
      // Line `end` lacks the column, so this frame resumes after it.
      frame.start = end;
      frame.next = end + 1;
      frames.push({ start: first, end, next: first });
    }
  }

  private writeLines(first: number, end: number): void {
    for (let i = first; i < end; i++) {
      const line = this.lines[i]!;
      // Leading empty cells are indentation and are padded with tabs.
      let indenting = true;
      line.forEach((cell, j) => {
        const width = this.widths[j];
        if (cell.chunks.length > 0) {
          indenting = false;
          for (const chunk of cell.chunks) this.out.write(chunk);
        }
        if (width !== undefined) this.writePadding(cell.width, width, indenting);
      });
      if (i + 1 < this.lines.length) this.out.write({ text: '\n', escaped: false });
    }
  }

  private writePadding(textWidth: number, cellWidth: number, indenting: boolean): void {
    // An indentation cell is empty and reaches the column's next tab stop.
    const padding = indenting
      ? '\t'.repeat(Math.ceil(cellWidth / TAB_WIDTH))
      : ' '.repeat(cellWidth - textWidth);
    this.out.write({ text: padding, escaped: false });
  }
}

/** Aligns the printer's output and sends it to `sink`. */
export function align(chunks: readonly Chunk[], sink: ChunkSink): void {
  const writer = new TabWriter(sink);
  for (const chunk of chunks) writer.write(chunk);
  writer.flush();
}
