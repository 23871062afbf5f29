import { describe, expect, it } from 'vitest';
import type { Pipeline, PipelineNode } from '../analysis/pipeline';
import { nodeAtOffset } from './nodeAtOffset';

const position = (offset: number) => ({ offset, line: 1, column: offset + 1 });

function node(
  id: string,
  start: number,
  end: number,
  kind: PipelineNode['kind'] = 'component',
): PipelineNode {
  return {
    id,
    kind,
    type: id,
    label: null,
    ecosystem: 'loki',
    accepts: [],
    emits: [],
    range: { start: position(start), end: position(end) },
    diagnostics: [],
  };
}

const pipeline: Pipeline = {
  nodes: [
    node('loki.write.a', 10, 80),
    node('external:out:http://loki', 30, 50, 'external'),
    node('logging', 90, 120),
  ],
  edges: [],
};

describe('nodeAtOffset', () => {
  it('finds the node whose declaration holds the offset', () => {
    expect(nodeAtOffset(pipeline, 10)?.id).toBe('loki.write.a');
    expect(nodeAtOffset(pipeline, 100)?.id).toBe('logging');
  });

  it('prefers the innermost node', () => {
    expect(nodeAtOffset(pipeline, 35)?.id).toBe('external:out:http://loki');
    expect(nodeAtOffset(pipeline, 55)?.id).toBe('loki.write.a');
  });

  it('counts the position right after a block as inside it', () => {
    expect(nodeAtOffset(pipeline, 80)?.id).toBe('loki.write.a');
  });

  it('finds nothing between declarations', () => {
    expect(nodeAtOffset(pipeline, 5)).toBeNull();
    expect(nodeAtOffset(pipeline, 85)).toBeNull();
    expect(nodeAtOffset({ nodes: [], edges: [] }, 0)).toBeNull();
  });
});
