/**
 * A piece of printer output. Comment text is `escaped`: the aligner and the
 * trimmer copy it verbatim instead of reading its tabs, newlines and spaces as
 * layout (Go's printer brackets it with tabwriter.Escape for the same purpose).
 */
export type Chunk = { text: string; escaped: boolean };

/** Where the aligner sends its output. */
export interface ChunkSink {
  write(chunk: Chunk): void;
}
