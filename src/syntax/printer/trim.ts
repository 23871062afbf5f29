/**
 * The last stage (spec 7.6; Go's syntax/printer/trimmer.go): drops spaces and
 * tabs at the end of every line and of the text, turns `\f` into `\n` and
 * `\v` into a tab. Escaped text (comments) is copied verbatim; blanks right
 * after it count as trailing again.
 */
import type { Chunk, ChunkSink } from './chunk';

export class Trimmer implements ChunkSink {
  private output = '';
  /** Blanks seen since the last text; written only if more text follows on the line. */
  private blanks = '';

  write(chunk: Chunk): void {
    if (chunk.escaped) {
      this.output += this.blanks + chunk.text;
      this.blanks = '';
      return;
    }
    for (const ch of chunk.text) {
      if (ch === ' ' || ch === '\t' || ch === '\v') {
        this.blanks += ch === '\v' ? '\t' : ch;
      } else if (ch === '\n' || ch === '\f') {
        this.blanks = '';
        this.output += '\n';
      } else {
        this.output += this.blanks + ch;
        this.blanks = '';
      }
    }
  }

  text(): string {
    return this.output;
  }
}
