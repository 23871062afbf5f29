/**
 * Positions and diagnostics shared by every layer of the engine. Inside the
 * engine the syntax tree locates text by offsets alone (span.ts); a
 * diagnostic carries full positions, since editors and learners read lines.
 *
 * Offsets count UTF-16 code units (as JavaScript strings index them), so a
 * position maps directly onto an editor model. Lines and columns start at 1;
 * the column also counts UTF-16 code units. Alloy itself reports byte columns;
 * `utf8Column` converts where the difference matters (conformance tests).
 */

export type Position = {
  /** 0-based offset in UTF-16 code units. */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
};

/** A half-open range: `end` is the position just past the last character. */
export type Range = { start: Position; end: Position };

export type Severity = 'error' | 'warning' | 'info';

export type Diagnostic = {
  severity: Severity;
  message: string;
  /** A stable machine-readable kind, e.g. `syntax`, `unknown-component`. */
  code?: string;
  range: Range;
};
