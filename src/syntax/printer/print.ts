/**
 * The printing pipeline: walk → printer → alignment → trimming (spec 7.2).
 * The output has no trailing newline.
 */
import type { AlloyFile, Expression } from '../ast';
import { align } from './align';
import type { Chunk } from './chunk';
import { Printer, type PrintedCommentGroup } from './printer';
import { utf8Length } from '../line-index';
import { SourceMap } from './source-map';
import { Trimmer } from './trim';
import { Walker } from './walk';

/** Prints a parsed file with its comments; `source` is the text it was parsed from. */
export function printFile(file: AlloyFile, source: string): string {
  const map = new SourceMap(source);
  const comments: PrintedCommentGroup[] = file.comments.map((group) =>
    group.comments.map((comment) => ({
      text: comment.text,
      start: map.at(comment.range.start),
      endLine: map.lineAfter(comment.range.start, utf8Length(comment.text) - 1),
    })),
  );
  const printer = new Printer(comments);
  new Walker(printer, map).statements(file.body);
  return render(printer.finish());
}

/**
 * Prints a single expression (spec 7.9), without comments. Pass the source
 * text the expression was parsed from for exact placement of brackets the
 * AST has no position for; built expressions need none.
 */
export function printExpression(expression: Expression, source = ''): string {
  const printer = new Printer();
  new Walker(printer, new SourceMap(source)).expression(expression);
  return render(printer.finish());
}

function render(chunks: readonly Chunk[]): string {
  const trimmer = new Trimmer();
  align(chunks, trimmer);
  return trimmer.text();
}
