/**
 * Which nodes an edit renamed. Typing in a block's label changes its node's
 * id, yet it is the same box: a node that vanished and one that appeared are
 * the same when they are the same kind of block (the same component, or an
 * endpoint in the same direction) at the same place among the blocks of that
 * kind in the file.
 */
import type { GraphNodeView, GraphView } from './graph-view';

/** Old id → new id, for every node the edit from `before` to `after` renamed. */
export function renamedNodes(before: GraphView, after: GraphView): Map<string, string> {
  const renames = new Map<string, string>();
  const beforeIds = new Set(before.nodes.map((node) => node.id));
  const afterIds = new Set(after.nodes.map((node) => node.id));
  const beforeKinds = byKind(before.nodes);
  for (const [kind, nodes] of byKind(after.nodes)) {
    const earlier = beforeKinds.get(kind);
    // A block added or removed shifts the places: no telling which one is which.
    if (earlier === undefined || earlier.length !== nodes.length) continue;
    nodes.forEach((node, index) => {
      const was = earlier[index]!;
      if (!beforeIds.has(node.id) && !afterIds.has(was.id)) renames.set(was.id, node.id);
    });
  }
  return renames;
}

/** Nodes grouped by kind of block, each group in the view's (the file's) order. */
function byKind(nodes: readonly GraphNodeView[]): Map<string, GraphNodeView[]> {
  const groups = new Map<string, GraphNodeView[]>();
  for (const node of nodes) {
    const kind = node.kind === 'external' ? `external ${node.direction}` : `${node.kind} ${node.title}`;
    const group = groups.get(kind);
    if (group) group.push(node);
    else groups.set(kind, [node]);
  }
  return groups;
}
