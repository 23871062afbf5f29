/**
 * The live graph of the learner's pipeline. Feed it every new pipeline; it
 * lays the graph out left to right, keeps nodes in place across edits, and
 * keeps the last good structure while the file has syntax errors.
 */
import { useCallback, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ReactFlow, ReactFlowProvider, type EdgeMouseHandler, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './graph.css';
import { nodeInDirection, type Direction } from '../../src/graph-model/keyboard-navigation';
import { cssVariables } from '../../src/graph-model/palette';
import type { Diagnostic } from '../../src/syntax/diagnostic';
import { GraphToolbar } from './GraphToolbar';
import { Legend } from './Legend';
import { PipelineNode, type PipelineFlowNode } from './PipelineNodeCard';
import type { EdgeFlow, PipelineGraphProps } from './props';
import { SignalEdge, type SignalFlowEdge } from './SignalEdge';
import { SyntaxNotice } from './SyntaxNotice';
import { TextAlternative } from './TextAlternative';
import { useGraphView } from './useGraphView';
import { useFitNewGraph } from './useFitNewGraph';
import { useFlowElements } from './useFlowElements';
import { useLayout } from './useLayout';
import { useRevealNode } from './useRevealNode';

const NODE_TYPES = { pipeline: PipelineNode };
const EDGE_TYPES = { signal: SignalEdge };
const NO_DIAGNOSTICS: readonly Diagnostic[] = [];
const NO_NODES: readonly string[] = [];
const NO_FLOWS: ReadonlyMap<string, EdgeFlow> = new Map();
const ARIA_LABELS = {
  'node.a11yDescription.default':
    'Press Enter to show this block in the editor. Arrow keys move to the next component: right and left follow the connections.',
  'node.a11yDescription.keyboardDisabled': 'Press Enter to show this block in the editor.',
};
const ARROW_DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function PipelineGraph(props: PipelineGraphProps) {
  return (
    <ReactFlowProvider>
      <GraphCanvas {...props} />
    </ReactFlowProvider>
  );
}

function GraphCanvas({
  pipeline,
  diagnostics = NO_DIAGNOSTICS,
  theme = 'light',
  highlightedNodeId = null,
  failingNodeIds = NO_NODES,
  onSelectNode,
  edgeFlows = NO_FLOWS,
  flowing = false,
  onSelectEdge,
  selectedEdgeId = null,
  ariaLabel = 'Pipeline graph',
  className,
}: PipelineGraphProps) {
  const view = useGraphView(pipeline, diagnostics);
  const { layout, pending: layoutPending } = useLayout(view);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [textVisible, setTextVisible] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const textId = useId();
  useRevealNode(highlightedNodeId, view, layout);

  // Handlers read the latest view through a ref so that they never change identity.
  const latest = useRef({ view, layout, onSelectNode, onSelectEdge });
  useLayoutEffect(() => {
    latest.current = { view, layout, onSelectNode, onSelectEdge };
  });

  const elements = useFlowElements({
    view,
    positions: layout?.positions ?? null,
    highlightedId: highlightedNodeId,
    selectedId,
    theme,
    failingIds: failingNodeIds,
    flows: edgeFlows,
    flowing,
    selectedEdgeId,
    onSelect: onSelectEdge ?? null,
  });

  const activate = useCallback((id: string) => {
    const node = latest.current.view?.nodes.find((candidate) => candidate.id === id);
    if (!node) return;
    setSelectedId(id);
    latest.current.onSelectNode?.(id, node.range);
  }, []);

  const onNodeClick = useCallback<NodeMouseHandler<PipelineFlowNode>>(
    (_, node) => activate(node.id),
    [activate],
  );

  const onEdgeClick = useCallback<EdgeMouseHandler<SignalFlowEdge>>(
    (_, edge) => latest.current.onSelectEdge?.(edge.id),
    [],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const id = target?.classList.contains('react-flow__node') ? target.dataset.id : undefined;
      if (id === undefined) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        event.stopPropagation();
        activate(id);
        return;
      }
      const direction = ARROW_DIRECTIONS[event.key];
      const { view: currentView, layout: currentLayout } = latest.current;
      if (!direction || !currentView || !currentLayout) return;
      event.preventDefault();
      const next = nodeInDirection(currentView, currentLayout.positions, id, direction);
      if (next !== null) focusNode(rootRef.current, next);
    },
    [activate],
  );

  useFitNewGraph(layout);
  const hasNodes = elements.nodes.length > 0;

  const rootClasses = ['pipeline-graph', `pipeline-graph--${theme}`, className].filter(Boolean).join(' ');
  return (
    <div
      ref={rootRef}
      className={rootClasses}
      style={cssVariables(theme)}
      data-testid="pipeline-graph"
      data-node-count={elements.nodes.length}
      data-edge-count={elements.edges.length}
      data-layout-pending={layoutPending}
      onKeyDownCapture={onKeyDown}
    >
      <ReactFlow
        nodes={elements.nodes}
        edges={elements.edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodeClick={onNodeClick}
        onEdgeClick={onEdgeClick}
        colorMode={theme}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        minZoom={0.1}
        maxZoom={2.5}
        aria-label={ariaLabel}
        ariaLabelConfig={ARIA_LABELS}
      >
        <GraphToolbar
          view={view}
          layout={layout}
          theme={theme}
          textVisible={textVisible}
          textId={textId}
          onToggleText={() => setTextVisible((visible) => !visible)}
        />
      </ReactFlow>
      {!hasNodes && (
        <p className="pg-empty" data-testid="graph-empty">
          {view === null ? 'Analysing…' : view.nodes.length === 0 ? 'No components yet.' : 'Laying out…'}
        </p>
      )}
      <SyntaxNotice diagnostics={diagnostics} />
      <Legend />
      <TextAlternative id={textId} view={view} visible={textVisible} />
    </div>
  );
}

function focusNode(root: HTMLElement | null, id: string) {
  const element = root?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  element?.focus();
}
