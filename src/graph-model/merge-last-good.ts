/**
 * Keeps the graph whole while the file has syntax errors. The parser recovers
 * from an error, but the blocks it could not read drop out of the pipeline;
 * instead of letting them vanish, the graph shows them as they were in the
 * last pipeline that parsed cleanly, and marks the blocks the errors sit in.
 */
import type { Pipeline, PipelineEdge, PipelineNode } from '../analysis/pipeline';
import type { Diagnostic, Range } from '../syntax/diagnostic';

export type MergedPipeline = {
  /** What to draw: the current pipeline plus what the syntax errors hide. */
  pipeline: Pipeline;
  /** Current nodes whose block contains a syntax error, with those errors. */
  broken: ReadonlyMap<string, readonly Diagnostic[]>;
  /** Ids of nodes and edges taken from the last good pipeline. */
  stale: ReadonlySet<string>;
};

export type MergeResult = {
  merged: MergedPipeline;
  /** The pipeline to remember for the next edit. */
  lastGood: Pipeline | null;
};

/** The syntax layer codes every diagnostic it reports `syntax`. */
export function isSyntaxError(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 'error' && diagnostic.code === 'syntax';
}

export function mergeWithLastGood(
  lastGood: Pipeline | null,
  current: Pipeline,
  diagnostics: readonly Diagnostic[],
): MergeResult {
  const syntaxErrors = diagnostics.filter(isSyntaxError);
  if (syntaxErrors.length === 0) {
    return { merged: { pipeline: current, broken: new Map(), stale: new Set() }, lastGood: current };
  }

  const broken = brokenNodes(current.nodes, syntaxErrors);
  if (lastGood === null) {
    return { merged: { pipeline: current, broken, stale: new Set() }, lastGood };
  }

  const currentNodeIds = new Set(current.nodes.map((node) => node.id));
  const staleNodes = lastGood.nodes.filter((node) => !currentNodeIds.has(node.id));
  const stale = new Set(staleNodes.map((node) => node.id));
  const nodes = [...current.nodes, ...staleNodes];
  const shownIds = new Set(nodes.map((node) => node.id));

  // A reference the parser could not read lives in a broken or vanished block;
  // its edge is kept as it was. Edges of intact blocks are trusted as they are.
  const isUnreadable = (id: string) => broken.has(id) || stale.has(id);
  const currentEdgeIds = new Set(current.edges.map((edge) => edge.id));
  const staleEdges = lastGood.edges.filter((edge) => {
    if (currentEdgeIds.has(edge.id) || !shownIds.has(edge.from) || !shownIds.has(edge.to)) return false;
    const owner = ownerOf(edge, lastGood.nodes);
    return owner === null ? isUnreadable(edge.from) || isUnreadable(edge.to) : isUnreadable(owner);
  });
  for (const edge of staleEdges) stale.add(edge.id);

  return {
    merged: { pipeline: { nodes, edges: [...current.edges, ...staleEdges] }, broken, stale },
    lastGood,
  };
}

function brokenNodes(
  nodes: readonly PipelineNode[],
  errors: readonly Diagnostic[],
): Map<string, readonly Diagnostic[]> {
  const broken = new Map<string, readonly Diagnostic[]>();
  for (const node of nodes) {
    if (node.kind === 'external') continue;
    const inside = errors.filter((error) => touches(node.range, error.range));
    if (inside.length > 0) broken.set(node.id, inside);
  }
  return broken;
}

/** The node whose declaration holds the edge's reference expression. */
function ownerOf(edge: PipelineEdge, nodes: readonly PipelineNode[]): string | null {
  const owner = [edge.from, edge.to]
    .map((id) => nodes.find((node) => node.id === id && node.kind !== 'external'))
    .find((node) => node !== undefined && contains(node.range, edge.range));
  return owner?.id ?? null;
}

function contains(outer: Range, inner: Range): boolean {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;
}

/** Overlap, counting an empty error range at a block's edge (e.g. a missing `}` at end of file) as inside. */
function touches(block: Range, error: Range): boolean {
  return error.start.offset <= block.end.offset && block.start.offset <= error.end.offset;
}
