/**
 * The Alloy formatter: `alloy fmt`, byte for byte (spec section 7).
 *
 * The pipeline lives in ./printer/: the walk turns the AST into tokens,
 * position markers and whitespace codes; the printer weaves the comments in;
 * elastic tabstops align `=` signs and trailing comments; the trimmer removes
 * trailing blanks. The reference's quirks are reproduced on purpose (spec
 * 7.8), e.g. quoted object keys are re-quoted (`{"a\"b" = 1}` gains
 * backslashes on every run) and `f(⏎)` prints as the unparsable `f(,⏎)`.
 */
import type { Diagnostic } from './diagnostic';
import { parse } from './parser';
import { printFile } from './printer/print';

export { printExpression } from './printer/print';

export type FormatResult = {
  /** The formatted file, or the input unchanged when it has syntax errors. */
  text: string;
  /** The syntax errors that prevented formatting; empty on success. */
  diagnostics: Diagnostic[];
};

/**
 * Formats a whole file the way `alloy fmt` writes it, including the single
 * final newline `alloy fmt` appends (an empty file becomes one newline).
 * A file with syntax errors is returned unchanged, with its diagnostics.
 */
export function format(source: string): FormatResult {
  const { ast, diagnostics, lines } = parse(source);
  if (diagnostics.length > 0) return { text: source, diagnostics };
  return { text: printFile(ast, lines) + '\n', diagnostics: [] };
}
