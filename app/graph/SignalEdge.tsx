/** One wire: coloured and dashed by its signal, and labelled with it. */
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type Edge, type EdgeProps } from '@xyflow/react';
import type { GraphEdgeView } from '../../src/graph-model/graph-view';
import { edgeGeometry, LANE_GAP } from '../../src/graph-model/edge-path';
import { SIGNAL_STYLES } from '../../src/graph-model/palette';

export type SignalEdgeData = { view: GraphEdgeView };
export type SignalFlowEdge = Edge<SignalEdgeData, 'signal'>;

function SignalEdgeLine({
  id,
  source,
  target,
  sourceX,
  sourceY,
  targetX,
  targetY,
  data,
  markerEnd,
}: EdgeProps<SignalFlowEdge>) {
  if (!data) return null;
  const { view } = data;
  const shift = view.lane * LANE_GAP;
  const geometry = edgeGeometry(
    { x: sourceX, y: sourceY + shift },
    { x: targetX, y: targetY + shift },
    source === target,
  );
  const dash = SIGNAL_STYLES[view.signal].dash;
  return (
    <>
      <BaseEdge
        id={id}
        path={geometry.d}
        markerEnd={markerEnd}
        className={`pg-edge pg-edge--${view.signal}${view.stale ? ' pg-edge--stale' : ''}`}
        style={{
          stroke: `var(--pg-signal-${view.signal})`,
          strokeDasharray: dash === 'none' ? undefined : dash,
        }}
      />
      <EdgeLabelRenderer>
        <div
          className={`pg-edge-label pg-edge-label--${view.signal}`}
          style={{
            transform: `translate(-50%, -50%) translate(${geometry.label.x}px, ${geometry.label.y}px)`,
          }}
          data-testid="graph-edge-label"
          data-edge-id={view.id}
          title={`${view.signal} via ${view.path}`}
        >
          {view.signal}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const SignalEdge = memo(SignalEdgeLine);
