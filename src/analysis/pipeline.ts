/**
 * The pipeline model: the learner's config seen as a graph of components
 * wired by references. Shared by the editor, the graph view and the checks.
 */
import type { Diagnostic, Range } from '../syntax/diagnostic';

/** What flows along a wire. `targets` are discovery results fed to scrapers. */
export type Signal = 'logs' | 'metrics' | 'traces' | 'profiles' | 'targets';

export type PipelineNodeKind = 'component' | 'config' | 'external';

export type PipelineNode = {
  /** `loki.relabel.alloy_logs`, `logging`, or `external:out:http://loki:3100/loki/api/v1/push`. */
  id: string;
  kind: PipelineNodeKind;
  /** Component or block name (`loki.relabel`); `endpoint` for external nodes. */
  type: string;
  label: string | null;
  /** First name part for components (`prometheus`, `loki`, `otelcol`, …); `external` for endpoints. */
  ecosystem: string;
  accepts: Signal[];
  emits: Signal[];
  /** Where the node is declared: the block, or for an external node the literal naming it. */
  range: Range;
  diagnostics: Diagnostic[];
  /** Set on external nodes only. */
  external?: ExternalEndpoint;
};

export type ExternalEndpoint = {
  /** `out`: data leaves Alloy there; `in`: data enters Alloy from there. */
  direction: 'in' | 'out';
  /** As written: a URL, `host:port`, or a listen address. */
  address: string;
  /** A short display name, e.g. `loki:3100`. */
  name: string;
};

export type PipelineEdge = {
  /**
   * Stable across unrelated edits: `${from}->${to}:${path}`. Edges to or from
   * an external node add `#${signal}`, since one endpoint may carry several
   * signals (an OTLP receiver's `grpc.endpoint`).
   */
  id: string;
  from: string;
  to: string;
  signal: Signal;
  /** The argument or block path the reference sits in: `forward_to`, `output.traces`, `targets`, `write_to`. */
  path: string;
  /** The reference expression (or, for external edges, the address literal). */
  range: Range;
};

export type Pipeline = { nodes: PipelineNode[]; edges: PipelineEdge[] };
