/**
 * The last stage (spec 7.6; Go's syntax/printer/trimmer.go): drops spaces and
 * tabs at the end of every line and of the text, turns `\f` into `\n` and
 * `\v` into a tab. Escaped text (comments) is copied verbatim; blanks right
 * after it count as trailing again.
 */
import type { Chunk, ChunkSink } from './chunk';

/** Runs of blanks, line breaks, or anything else. */
const PIECES = /[ \t\v]+|[\n\f]|[^ \t\v\n\f]+/g;

export class Trimmer implements ChunkSink {
  private readonly output: string[] = [];
  /** Blanks seen since the last text; written only if more text follows on the line. */
  private blanks = '';

  write(chunk: Chunk): void {
    if (chunk.escaped) {
      this.output.push(this.blanks, chunk.text);
      this.blanks = '';
      return;
    }
    for (const [piece] of chunk.text.matchAll(PIECES)) {
      const first = piece[0];
      if (first === ' ' || first === '\t' || first === '\v') {
        this.blanks += piece.replaceAll('\v', '\t');
      } else if (first === '\n' || first === '\f') {
        this.blanks = '';
        this.output.push('\n');
      } else {
        this.output.push(this.blanks, piece);
        this.blanks = '';
      }
    }
  }

  text(): string {
    return this.output.join('');
  }
}
