/**
 * Renders diagnostics for people the way `alloy` prints them (spec section 8):
 * a header with the position, then the offending lines with one line of
 * context on each side and a marker line under the range.
 *
 *     Error: main.alloy:2:18: string literal not terminated
 *
 *     1 | // Missing string termination.
 *     2 | local.file_match "applogs {
 *       |                  ^
 *     3 |     path_targets = [{"__path__" = "/tmp/app-logs/app.log"}]
 *
 * Columns are printed as Alloy counts them, in UTF-8 bytes.
 */
import type { Diagnostic, Position } from './diagnostic';
import { utf8Column, utf8Length } from './line-index';

/** A diagnostic and the name of the file it belongs to (none for a nameless source). */
export type FileDiagnostic = Diagnostic & { file?: string };

const TAB_WIDTH = 4;
const CONTEXT_LINES = 1;

/** Alloy's position: line and byte column; `end` is inclusive (the last character of the range). */
type BytePosition = { line: number; column: number };

/**
 * Renders `diagnostics` in order, separated by blank lines. `files` maps file
 * names to their text (the nameless source under `''`); without the text
 * only the header line is printed, with our (UTF-16) column since the byte
 * column cannot be known.
 */
export function printDiagnostics(
  diagnostics: readonly FileDiagnostic[],
  files: Readonly<Record<string, string>> = {},
): string {
  return diagnostics
    .map((diagnostic) => printDiagnostic(diagnostic, files[diagnostic.file ?? '']))
    .join('\n');
}

function printDiagnostic(diagnostic: FileDiagnostic, text: string | undefined): string {
  const severity = { error: 'Error: ', warning: 'Warning: ', info: 'Info: ' }[diagnostic.severity];
  const { start, end } = diagnostic.range;
  const file = diagnostic.file ? `${diagnostic.file}:` : '';
  if (text === undefined) {
    return `${severity}${file}${start.line}:${start.column}: ${diagnostic.message}\n`;
  }
  const first = toBytePosition(text, start);
  const last = end.offset > start.offset ? toBytePosition(text, lastCharacter(text, end)) : first;
  return `${severity}${file}${first.line}:${first.column}: ${diagnostic.message}\n\n${printContext(text, first, last)}`;
}

/** Where the last character before `end` starts. */
function lastCharacter(text: string, end: Position): Position {
  const offset = end.offset - (isSurrogatePair(text, end.offset - 2) ? 2 : 1);
  const column = end.column - (end.offset - offset);
  // A range ending just past a newline ends on that newline, one line up.
  if (column >= 1) return { offset, line: end.line, column };
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return { offset, line: end.line - 1, column: offset - lineStart + 1 };
}

function isSurrogatePair(text: string, offset: number): boolean {
  const high = text.charCodeAt(offset);
  const low = text.charCodeAt(offset + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

function toBytePosition(text: string, position: Position): BytePosition {
  return { line: position.line, column: utf8Column(text, position) };
}

function printContext(text: string, start: BytePosition, end: BytePosition): string {
  const lines = text.split('\n');
  const firstLine = Math.max(start.line - CONTEXT_LINES, 1);
  const lastLine = Math.min(end.line + CONTEXT_LINES, lines.length);
  const multiline = end.line > start.line;
  const width = String(lastLine).length;

  let out = '';
  for (let lineNumber = firstLine; lineNumber <= lastLine; lineNumber++) {
    const line = lines[lineNumber - 1] ?? '';
    out += String(lineNumber).padStart(width) + ' | ';
    if (multiline) out += lineNumber > start.line && lineNumber <= end.line ? '| ' : '  ';
    out += line.replace(/\r/g, '').replace(/[\t\v]/g, ' '.repeat(TAB_WIDTH)) + '\n';

    if (lineNumber === start.line || (multiline && lineNumber === end.line)) {
      const margin = !multiline ? ' | ' : lineNumber === start.line ? ' |  _' : ' | |_';
      out += ' '.repeat(width) + margin + printMarker(line, lineNumber, start, end) + '\n';
    }
  }
  return out;
}

/**
 * The marker under one line: `^` under every character in the range, blanks
 * (`_` for a multi-line range) elsewhere, tabs as four blanks, stopping after
 * the range's last column on its last line.
 */
function printMarker(line: string, lineNumber: number, start: BytePosition, end: BytePosition): string {
  const blank = end.line > start.line ? '_' : ' ';
  let out = '';
  let column = 1;
  for (const char of line) {
    if (lineNumber === end.line && column > end.column) break;
    if (char === '\t' || char === '\v') out += blank.repeat(TAB_WIDTH);
    else out += inRange(lineNumber, column, start, end) ? '^' : blank;
    column += utf8Length(char);
  }
  return out;
}

function inRange(line: number, column: number, start: BytePosition, end: BytePosition): boolean {
  if (line < start.line || line > end.line) return false;
  if (line === start.line) return column >= start.column;
  if (line === end.line) return column <= end.column;
  return true;
}
