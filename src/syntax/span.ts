/**
 * Where a part of the source lies, as the syntax tree records it: half-open
 * offsets in UTF-16 code units. Two numbers and no lines: a tree of a large
 * file keeps millions of them, and most tools compare offsets anyway. A
 * LineIndex turns a span into the line-and-column `Range` of diagnostics.
 */
export type Span = {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
};
