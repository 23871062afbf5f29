/**
 * The printing pipeline: walk → printer → alignment → trimming (spec 7.2).
 * The output has no trailing newline.
 */
import type { AlloyFile, Expression } from '../ast';
import { align } from './align';
import type { Chunk } from './chunk';
import { Printer, type PrintedCommentGroup } from './printer';
import { utf8Length, type LineIndex } from '../line-index';
import { SourceMap } from './source-map';
import { Trimmer } from './trim';
import { Walker } from './walk';

/** Prints a parsed file with its comments; `lines` index the text it was parsed from. */
export function printFile(file: AlloyFile, lines: LineIndex): string {
  const map = new SourceMap(lines);
  const comments: PrintedCommentGroup[] = file.comments.map((group) =>
    group.comments.map((comment) => ({
      text: comment.text,
      start: map.at(comment.start),
      endLine: map.lineAfter(comment.start, utf8Length(comment.text) - 1),
    })),
  );
  const printer = new Printer(comments);
  new Walker(printer, map).statements(file.body);
  return render(printer.finish());
}

/**
 * Prints a single expression (spec 7.9), without comments. Pass the lines of
 * the source text the expression was parsed from: its line breaks, and the
 * placement of brackets the AST has no position for, follow them. Without
 * them the expression is printed as if it were written on one line.
 */
export function printExpression(expression: Expression, lines?: LineIndex): string {
  const printer = new Printer();
  new Walker(printer, new SourceMap(lines)).expression(expression);
  return render(printer.finish());
}

function render(chunks: readonly Chunk[]): string {
  const trimmer = new Trimmer();
  align(chunks, trimmer);
  return trimmer.text();
}
