/**
 * Helpers for the analysis tests: analyse a snippet, pick diagnostics by
 * code, and find where a piece of text sits so that ranges can be asserted.
 */
import { analyze } from './index';
import type { Diagnostic } from '../syntax/diagnostic';

export type Located = { line: number; column: number; endLine: number; endColumn: number };

/** Where the `occurrence`-th (0-based) appearance of `text` sits in `source`. */
export function locate(source: string, text: string, occurrence = 0): Located {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = source.indexOf(text, offset + 1);
    if (offset < 0) throw new Error(`"${text}" occurs fewer than ${occurrence + 1} times`);
  }
  const at = (o: number) => {
    const before = source.slice(0, o);
    const line = before.split('\n').length;
    return { line, column: o - before.lastIndexOf('\n') };
  };
  const start = at(offset);
  const end = at(offset + text.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** A diagnostic reduced to what tests compare. */
export type Seen = { severity: string; code: string | undefined; message: string } & Located;

export function seen(diagnostic: Diagnostic): Seen {
  const { start, end } = diagnostic.range;
  return {
    severity: diagnostic.severity,
    code: diagnostic.code,
    message: diagnostic.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

/** The diagnostics of a snippet, optionally only those with one of the given codes. */
export function diagnosticsOf(source: string, ...codes: string[]): Seen[] {
  const all = analyze(source).diagnostics.map(seen);
  return codes.length === 0 ? all : all.filter((d) => codes.includes(d.code ?? ''));
}

/** The error diagnostics of a snippet. */
export function errorsOf(source: string): Seen[] {
  return diagnosticsOf(source).filter((d) => d.severity === 'error');
}
