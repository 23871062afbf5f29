/**
 * Words for the graph: node and edge descriptions for screen readers, and the
 * text alternative that lists every component and connection.
 */
import type { GraphEdgeView, GraphNodeView, GraphView } from './graph-view';

/** `prometheus.scrape "default"`, or `loki:3100` for an endpoint. */
export function nodeName(node: GraphNodeView): string {
  if (node.kind === 'external' || node.subtitle === null) return node.title;
  return `${node.title} "${node.subtitle}"`;
}

/** What a node is and what is wrong with it, in one sentence-like line. */
export function nodeDescription(node: GraphNodeView): string {
  const parts = [nodeName(node), kindPhrase(node)];
  if (node.status === 'broken') parts.push('contains a syntax error');
  if (node.status === 'stale') parts.push('shown as last parsed, hidden by a syntax error');
  if (node.errors.length > 0)
    parts.push(counted(node.errors.length, 'error') + ': ' + node.errors.join('; '));
  if (node.warnings.length > 0)
    parts.push(counted(node.warnings.length, 'warning') + ': ' + node.warnings.join('; '));
  return parts.join(', ');
}

function kindPhrase(node: GraphNodeView): string {
  switch (node.kind) {
    case 'component':
      return `${node.ecosystem} component`;
    case 'config':
      return 'configuration block';
    case 'external': {
      const role = node.direction === 'in' ? 'external source' : 'external destination';
      return node.subtitle === null ? role : `${role} at ${node.subtitle}`;
    }
  }
}

/** `loki.source.file "logs" sends logs to loki.write "default" (forward_to)`. */
export function edgeDescription(edge: GraphEdgeView, nodes: ReadonlyMap<string, GraphNodeView>): string {
  const from = nodes.get(edge.from);
  const to = nodes.get(edge.to);
  const name = (node: GraphNodeView | undefined, id: string) => (node ? nodeName(node) : id);
  const stale = edge.stale ? ', as last parsed' : '';
  return `${name(from, edge.from)} sends ${edge.signal} to ${name(to, edge.to)} (${edge.path})${stale}`;
}

export type TextAlternative = {
  components: { id: string; text: string }[];
  connections: { id: string; text: string }[];
};

/** Every node and edge as a line of text, in reading order: by name, then by connection. */
export function describeGraph(view: GraphView): TextAlternative {
  const nodes = new Map(view.nodes.map((node) => [node.id, node]));
  const byText = (a: { text: string }, b: { text: string }) =>
    a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
  return {
    components: view.nodes.map((node) => ({ id: node.id, text: nodeDescription(node) })).sort(byText),
    connections: view.edges.map((edge) => ({ id: edge.id, text: edgeDescription(edge, nodes) })).sort(byText),
  };
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
