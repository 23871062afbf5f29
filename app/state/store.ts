/**
 * The playground's state: the learner's source, the latest analysis of it,
 * and the link between editor and graph. (Layout preferences: preferences.ts.)
 */
import { create } from 'zustand';
import type { Pipeline } from '../../src/analysis/pipeline';
import type { Diagnostic, Range } from '../../src/syntax/diagnostic';
import { EXAMPLE_SOURCE } from './exampleSource';

/** The analysis of one revision of the source. */
export type AnalysisSnapshot = {
  revision: number;
  diagnostics: Diagnostic[];
  pipeline: Pipeline;
};

/**
 * A request for the editor to select and scroll to a range, and perhaps take
 * the focus; `seq` makes repeated requests for the same range distinct.
 */
export type RevealRequest = { range: Range; focus: boolean; seq: number };

/** What the editor offers to the rest of the page once it has loaded. */
export type EditorCommands = { formatDocument(): void; focus(): void };

export type PlaygroundState = {
  source: string;
  /** Increases with every change of `source`. */
  revision: number;
  analysis: AnalysisSnapshot | null;
  /** The graph node that belongs to the block holding the editor cursor, or the one last clicked. */
  highlightedNodeId: string | null;
  reveal: RevealRequest | null;
  editorCommands: EditorCommands | null;

  setSource(source: string): void;
  setAnalysis(analysis: AnalysisSnapshot): void;
  highlightNode(nodeId: string | null): void;
  /** The learner picked a node in the graph: highlight it and show its block in the editor. */
  selectNode(nodeId: string, range: Range): void;
  /** Show a range in the editor and move the cursor there, e.g. for a problem picked from the list. */
  goToRange(range: Range): void;
  setEditorCommands(commands: EditorCommands | null): void;
};

export const usePlayground = create<PlaygroundState>()((set) => ({
  source: EXAMPLE_SOURCE,
  revision: 0,
  analysis: null,
  highlightedNodeId: null,
  reveal: null,
  editorCommands: null,

  setSource: (source) =>
    set((state) => (state.source === source ? state : { source, revision: state.revision + 1 })),
  setAnalysis: (analysis) =>
    set((state) => (state.analysis && state.analysis.revision > analysis.revision ? state : { analysis })),
  highlightNode: (highlightedNodeId) =>
    set((state) => (state.highlightedNodeId === highlightedNodeId ? state : { highlightedNodeId })),
  selectNode: (nodeId, range) =>
    set((state) => ({
      highlightedNodeId: nodeId,
      reveal: { range, focus: false, seq: (state.reveal?.seq ?? 0) + 1 },
    })),
  goToRange: (range) =>
    set((state) => ({ reveal: { range, focus: true, seq: (state.reveal?.seq ?? 0) + 1 } })),
  setEditorCommands: (editorCommands) => set({ editorCommands }),
}));
