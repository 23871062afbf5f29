/**
 * Which pipeline node the editor cursor is in: the innermost node whose
 * declaration contains the offset (a component's block, or the address
 * literal of an external endpoint inside it).
 */
import type { Pipeline, PipelineNode } from '../analysis/pipeline';

export function nodeAtOffset(pipeline: Pipeline, offset: number): PipelineNode | null {
  let best: PipelineNode | null = null;
  for (const node of pipeline.nodes) {
    const { start, end } = node.range;
    // Ranges are half-open, but a cursor right after `}` still sits on the block.
    if (offset < start.offset || offset > end.offset) continue;
    if (!best || end.offset - start.offset < best.range.end.offset - best.range.start.offset) best = node;
  }
  return best;
}
