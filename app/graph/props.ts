import type { Pipeline } from '../../src/analysis/pipeline';
import type { Diagnostic, Range } from '../../src/syntax/diagnostic';
import type { GraphTheme } from '../../src/graph-model/palette';

export type { GraphTheme } from '../../src/graph-model/palette';

/** Props of `PipelineGraph`, the live graph of the learner's pipeline. */
export type PipelineGraphProps = {
  /**
   * The latest analysed pipeline; pass a new one on every edit. `null` before
   * the first analysis has finished (the graph shows an empty state).
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
  /**
   * Called when the learner clicks a node or presses Enter on it, with the
   * node's id and its declaration range (to reveal and select it in the editor).
   */
  onSelectNode?: (nodeId: string, range: Range) => void;
  /** Accessible name of the graph region; defaults to `Pipeline graph`. */
  ariaLabel?: string;
  /** Extra class on the root element (the graph fills its parent). */
  className?: string;
};
