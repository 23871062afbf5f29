/**
 * The drawable graph: the merged pipeline reduced to what a node box and an
 * edge line show, with fixed node sizes so that text edits never move a node.
 */
import type { ExternalEndpoint, PipelineNodeKind, Signal } from '../analysis/pipeline';
import type { Range } from '../syntax/diagnostic';
import type { MergedPipeline } from './merge-last-good';
import { SIGNALS } from './palette';

/** `current`: as analysed now; `broken`: holds a syntax error; `stale`: kept from the last good pipeline. */
export type NodeStatus = 'current' | 'broken' | 'stale';

export type GraphNodeView = {
  id: string;
  kind: PipelineNodeKind;
  /** First line: the component or block name, or the endpoint's short name. */
  title: string;
  /** Second line: the label, or the endpoint's address if it differs from its name; null when there is none. */
  subtitle: string | null;
  ecosystem: string;
  /** For external nodes: whether data leaves Alloy there (`out`) or enters from there (`in`). */
  direction: ExternalEndpoint['direction'] | null;
  status: NodeStatus;
  errors: string[];
  warnings: string[];
  range: Range;
  width: number;
  height: number;
};

/** What a node's card shows: everything but where its block is in the file. */
export type GraphNodeLook = Omit<GraphNodeView, 'range'>;

export function nodeLook({ range: _range, ...look }: GraphNodeView): GraphNodeLook {
  return look;
}

/** Whether two nodes look alike on the graph; typing moves blocks in the file, which shows nowhere. */
export function sameLook(a: GraphNodeLook, b: GraphNodeLook): boolean {
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.title === b.title &&
    a.subtitle === b.subtitle &&
    a.ecosystem === b.ecosystem &&
    a.direction === b.direction &&
    a.status === b.status &&
    a.width === b.width &&
    a.height === b.height &&
    sameList(a.errors, b.errors) &&
    sameList(a.warnings, b.warnings)
  );
}

export type GraphEdgeView = {
  id: string;
  from: string;
  to: string;
  signal: Signal;
  path: string;
  stale: boolean;
  /** Offset among parallel edges between the same two nodes, centred on 0 (…, -1, 0, 1, …; halves for even counts). */
  lane: number;
};

/** Whether two edges are drawn alike. */
export function sameEdge(a: GraphEdgeView, b: GraphEdgeView): boolean {
  return (
    a.id === b.id &&
    a.from === b.from &&
    a.to === b.to &&
    a.signal === b.signal &&
    a.path === b.path &&
    a.stale === b.stale &&
    a.lane === b.lane
  );
}

export type GraphView = { nodes: GraphNodeView[]; edges: GraphEdgeView[] };

export const NODE_SIZES: Record<PipelineNodeKind, { width: number; height: number }> = {
  component: { width: 240, height: 60 },
  config: { width: 240, height: 60 },
  external: { width: 200, height: 52 },
};

export function toGraphView({ pipeline, broken, stale }: MergedPipeline): GraphView {
  const nodes = pipeline.nodes.map((node): GraphNodeView => {
    const syntaxErrors = broken.get(node.id) ?? [];
    const diagnostics = [...syntaxErrors, ...node.diagnostics];
    return {
      id: node.id,
      kind: node.kind,
      title: node.external?.name ?? node.type,
      subtitle: node.external ? addressUnlessName(node.external) : node.label,
      ecosystem: node.ecosystem,
      direction: node.external?.direction ?? null,
      status: stale.has(node.id) ? 'stale' : syntaxErrors.length > 0 ? 'broken' : 'current',
      errors: unique(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)),
      warnings: unique(diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message)),
      range: node.range,
      ...NODE_SIZES[node.kind],
    };
  });

  const nodeIds = new Set(nodes.map((node) => node.id));
  const drawable = pipeline.edges.filter((edge) => nodeIds.has(edge.from) && nodeIds.has(edge.to));
  const lanes = laneOffsets(drawable);
  const edges = drawable.map((edge): GraphEdgeView => ({
    id: edge.id,
    from: edge.from,
    to: edge.to,
    signal: edge.signal,
    path: edge.path,
    stale: stale.has(edge.id),
    lane: lanes.get(edge.id) ?? 0,
  }));
  return { nodes, edges };
}

type LaneEdge = { id: string; from: string; to: string; signal: Signal; path: string };

/** Spreads parallel edges so that each stays visible; ordered by signal, then path, for stability. */
function laneOffsets(edges: readonly LaneEdge[]): Map<string, number> {
  const groups = new Map<string, LaneEdge[]>();
  for (const edge of edges) {
    const key = `${edge.from}\u0000${edge.to}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  }
  const lanes = new Map<string, number>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      lanes.set(group[0]!.id, 0);
      continue;
    }
    const sorted = [...group].sort(
      (a, b) =>
        SIGNALS.indexOf(a.signal) - SIGNALS.indexOf(b.signal) ||
        compare(a.path, b.path) ||
        compare(a.id, b.id),
    );
    sorted.forEach((edge, index) => lanes.set(edge.id, index - (sorted.length - 1) / 2));
  }
  return lanes;
}

/** An endpoint's address adds nothing when it is its name (`0.0.0.0:4317`). */
function addressUnlessName({ address, name }: ExternalEndpoint): string | null {
  return address === name ? null : address;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function unique(messages: string[]): string[] {
  return [...new Set(messages)];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
