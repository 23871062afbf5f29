/**
 * Builds the pipeline model from the file's top-level declarations and their
 * references: a node per component (and per configuration block that sends
 * data, such as `logging` with `write_to`), an edge per reference that
 * carries data, and nodes of their own for the endpoints where data leaves
 * or enters Alloy. The model leaves the engine, so it locates things by
 * lines and columns.
 */
import { componentSignals, findExportWire } from '../catalog';
import type { Diagnostic } from '../syntax/diagnostic';
import type { LineIndex } from '../syntax/line-index';
import type { Declaration, Scope } from './declarations';
import { externalSites } from './externals';
import type { Pipeline, PipelineEdge, PipelineNode, Signal } from './pipeline';
import { argumentWire, type Reference } from './references';

/** The data edge a reference makes, if any: its direction and signal. */
function dataFlow(reference: Reference): { from: Declaration; to: Declaration; signal: Signal } | null {
  const { to, exportName } = reference;
  if (!reference.fits || exportName === null || !to.schema) return null;
  const exported = findExportWire(to.schema.name, exportName);
  if (!exported) return null;
  if (exported.role === 'source') return { from: to, to: reference.from, signal: 'targets' };
  const wire = argumentWire(reference);
  const signal =
    wire?.direction === 'out' ? wire.signal : exported.signals.length === 1 ? exported.signals[0]! : null;
  return signal === null ? null : { from: reference.from, to, signal };
}

/** `diagnosticsOf`: each declaration's findings, placed already (`analyze` reports the same ones). */
export function buildPipeline(
  root: Scope,
  references: readonly Reference[],
  lines: LineIndex,
  diagnosticsOf: ReadonlyMap<Declaration, readonly Diagnostic[]>,
): Pipeline {
  const nodes = new Map<string, PipelineNode>();
  const declarations = new Map<Declaration, PipelineNode>();
  for (const declaration of root.byId.values()) {
    const node = nodeOf(declaration, lines, diagnosticsOf.get(declaration) ?? []);
    if (!node) continue;
    nodes.set(node.id, node);
    declarations.set(declaration, node);
  }

  const edges = new Map<string, PipelineEdge>();
  for (const reference of references) {
    const flow = dataFlow(reference);
    if (!flow) continue;
    const from = declarations.get(flow.from);
    const to = declarations.get(flow.to);
    if (!from || !to) continue;
    const path = reference.site.path;
    addEdge(edges, {
      id: `${from.id}->${to.id}:${path}`,
      from: from.id,
      to: to.id,
      signal: flow.signal,
      path,
      range: lines.range(reference.chain.range),
    });
  }

  // What flows between components counts too, for those whose signals the catalog cannot tell.
  for (const edge of edges.values()) {
    addSignal(nodes.get(edge.from)?.emits, edge.signal);
    addSignal(nodes.get(edge.to)?.accepts, edge.signal);
  }
  addExternals(declarations, nodes, edges, lines);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function nodeOf(
  declaration: Declaration,
  lines: LineIndex,
  diagnostics: readonly Diagnostic[],
): PipelineNode | null {
  const { block, schema } = declaration;
  if (declaration.kind === 'config' && !sendsData(declaration)) return null;
  const signals = schema ? componentSignals(schema.name) : { accepts: [], emits: [] };
  const dot = block.name.indexOf('.');
  return {
    id: declaration.id,
    kind: declaration.kind === 'config' ? 'config' : 'component',
    type: block.name,
    label: block.label?.value ?? null,
    ecosystem: dot < 0 ? block.name : block.name.slice(0, dot),
    accepts: signals.accepts,
    emits: signals.emits,
    range: lines.range(block),
    // A list of its own: syntax diagnostics are attached to it later.
    diagnostics: [...diagnostics],
  };
}

/** A configuration block takes part in data flow when it writes an argument that sends data (`write_to`). */
function sendsData(declaration: Declaration): boolean {
  const { schema, block } = declaration;
  if (!schema || schema.signals.emits.length === 0) return false;
  return block.body.some((statement) => statement.kind === 'Attribute' && statement.name.name === 'write_to');
}

function addSignal(signals: Signal[] | undefined, signal: Signal): void {
  if (signals && !signals.includes(signal)) signals.push(signal);
}

/** Adds an edge unless two references make the same one. */
function addEdge(edges: Map<string, PipelineEdge>, edge: PipelineEdge): void {
  if (!edges.has(edge.id)) edges.set(edge.id, edge);
}

function addExternals(
  declarations: ReadonlyMap<Declaration, PipelineNode>,
  nodes: Map<string, PipelineNode>,
  edges: Map<string, PipelineEdge>,
  lines: LineIndex,
): void {
  // A node with several signals of its own passes to its endpoints only those that flow over its
  // internal edges, when any do: gathered for such nodes only.
  const incoming = new Map<string, Set<Signal>>();
  const outgoing = new Map<string, Set<Signal>>();
  for (const edge of edges.values()) {
    if (edge.signal === 'targets') continue;
    if (hasSeveralSignals(nodes.get(edge.to)?.accepts)) addFlowing(incoming, edge.to, edge.signal);
    if (hasSeveralSignals(nodes.get(edge.from)?.emits)) addFlowing(outgoing, edge.from, edge.signal);
  }

  for (const [declaration, node] of declarations) {
    for (const site of externalSites(declaration)) {
      const id = `external:${site.direction}:${site.address}`;
      const range = lines.range(site.range);
      let external = nodes.get(id);
      if (!external) {
        external = {
          id,
          kind: 'external',
          type: 'endpoint',
          label: null,
          ecosystem: 'external',
          accepts: [],
          emits: [],
          range,
          diagnostics: [],
          external: { direction: site.direction, address: site.address, name: site.name },
        };
        nodes.set(id, external);
      }
      const out = site.direction === 'out';
      const flowing = (out ? incoming : outgoing).get(node.id);
      const own = (out ? node.accepts : node.emits).filter((signal) => signal !== 'targets');
      const signals = flowing && flowing.size > 0 && own.length > 1 ? [...flowing] : own;
      for (const signal of signals) {
        const from = out ? node.id : id;
        const to = out ? id : node.id;
        addEdge(edges, {
          id: `${from}->${to}:${site.path}#${signal}`,
          from,
          to,
          signal,
          path: site.path,
          range,
        });
        addSignal(out ? external.accepts : external.emits, signal);
      }
    }
  }
}

/** More than one signal besides `targets`. */
function hasSeveralSignals(signals: readonly Signal[] | undefined): boolean {
  if (!signals) return false;
  const count = signals.length - (signals.includes('targets') ? 1 : 0);
  return count > 1;
}

function addFlowing(flowing: Map<string, Set<Signal>>, nodeId: string, signal: Signal): void {
  let signals = flowing.get(nodeId);
  if (!signals) {
    signals = new Set();
    flowing.set(nodeId, signals);
  }
  signals.add(signal);
}

/** Adds each diagnostic to the component or config node whose block it lies in. */
export function attachToNodes(pipeline: Pipeline, diagnostics: readonly Diagnostic[]): void {
  const blocks = pipeline.nodes.filter((node) => node.kind !== 'external');
  for (const diagnostic of diagnostics) {
    const offset = diagnostic.range.start.offset;
    let low = 0;
    let high = blocks.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const node = blocks[middle]!;
      if (offset < node.range.start.offset) high = middle - 1;
      else if (offset >= node.range.end.offset) low = middle + 1;
      else {
        node.diagnostics.push(diagnostic);
        break;
      }
    }
  }
}
