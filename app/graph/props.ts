import type { Pipeline } from '../../src/analysis/pipeline';
import type { Diagnostic, Range } from '../../src/syntax/diagnostic';
import type { GraphTheme } from '../../src/graph-model/palette';
import type { EdgeFlow } from './edge-flow';

export type { GraphTheme } from '../../src/graph-model/palette';
export type { EdgeFlow } from './edge-flow';

/** Props of `PipelineGraph`, the live graph of the learner's pipeline. */
export type PipelineGraphProps = {
  /**
   * The latest analysed pipeline; pass a new one on every edit. `null` while
   * no analysis is available: before the first one the graph shows an empty
   * state, afterwards it keeps what it last drew.
   */
  pipeline: Pipeline | null;
  /**
   * Every diagnostic of the file (`analyze(source).diagnostics`). While syntax
   * errors are present the graph keeps the last good structure of the parts
   * the errors hide and marks the broken components in place.
   */
  diagnostics?: readonly Diagnostic[];
  /** Colour scheme; defaults to `light`. */
  theme?: GraphTheme;
  /** The node to highlight, e.g. the component whose block holds the editor cursor. */
  highlightedNodeId?: string | null;
  /** Nodes to mark as failing a lesson check, e.g. the components of unmet objectives. */
  failingNodeIds?: readonly string[];
  /**
   * Called when the learner clicks a node or presses Enter on it, with the
   * node's id and its declaration range (to reveal and select it in the editor).
   * For a node kept from the last good pipeline while a syntax error hides it,
   * the range is where the block was in that version of the file.
   */
  onSelectNode?: (nodeId: string, range: Range) => void;
  /**
   * What a simulation of the pipeline moves along each wire, by edge id: the
   * wire shows its rate (thicker for more), or the error of a failed send.
   * Wires without an entry, and all wires without this prop, show their signal only.
   */
  edgeFlows?: ReadonlyMap<string, EdgeFlow>;
  /** Whether the flows move (the simulation is running); they stand still otherwise. */
  flowing?: boolean;
  /**
   * Called when the learner clicks a wire, or its rate label (a button, so
   * also by keyboard); only wires with a flow have the label. Pass a stable
   * function: a new one redraws every wire.
   */
  onSelectEdge?: (edgeId: string) => void;
  /** The wire to mark as selected, e.g. the one whose samples are shown. */
  selectedEdgeId?: string | null;
  /** Accessible name of the graph region; defaults to `Pipeline graph`. */
  ariaLabel?: string;
  /** Extra class on the root element (the graph fills its parent). */
  className?: string;
};
