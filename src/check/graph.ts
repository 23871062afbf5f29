/**
 * The pipeline's data edges between the learner's components, for following
 * where data goes: which edges leave a component through a given argument,
 * and whether one component's data reaches another, directly or through
 * others.
 */
import type { Pipeline, PipelineEdge } from '../analysis';

export class FlowGraph {
  private readonly outgoingEdges = new Map<string, PipelineEdge[]>();

  constructor(readonly pipeline: Pipeline) {
    const internal = new Set(
      pipeline.nodes.filter((node) => node.kind !== 'external').map((node) => node.id),
    );
    for (const edge of pipeline.edges) {
      if (!internal.has(edge.from) || !internal.has(edge.to)) continue;
      const list = this.outgoingEdges.get(edge.from) ?? [];
      list.push(edge);
      this.outgoingEdges.set(edge.from, list);
    }
  }

  outgoing(nodeId: string): readonly PipelineEdge[] {
    return this.outgoingEdges.get(nodeId) ?? [];
  }

  /** The edges that leave `from` through the argument `via` (`forward_to`, `output.traces`, `targets` …). */
  hops(from: string, via: string): PipelineEdge[] {
    return this.outgoing(from).filter((edge) => edge.path === via);
  }

  /** Whether data at `start` can reach `target`, following data edges (not discovery targets). */
  reaches(start: string, target: string): boolean {
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length > 0) {
      const current = queue.shift() as string;
      if (current === target) return true;
      for (const edge of this.outgoing(current)) {
        if (edge.signal === 'targets' || seen.has(edge.to)) continue;
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
    return false;
  }

  nodeExists(id: string): boolean {
    return this.pipeline.nodes.some((node) => node.id === id);
  }
}
