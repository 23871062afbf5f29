/**
 * The part of a graph that decides its layout: which boxes exist, their sizes,
 * and which boxes are wired together. Labels, colours, statuses and source
 * positions are left out, so edits that touch only those never relayout.
 */
import type { GraphView } from './graph-view';

export function structureKey(view: GraphView): string {
  const nodes = view.nodes.map((node) => JSON.stringify([node.id, node.width, node.height])).sort();
  const links = [...new Set(view.edges.map((edge) => JSON.stringify([edge.from, edge.to])))].sort();
  return `${nodes.join()}|${links.join()}`;
}
