/**
 * One wire: coloured and dashed by its signal, and labelled with it. While a
 * simulation runs, it also shows its rate (thicker and faster for more
 * data, moving while the simulation runs) or the error of a failed send.
 */
import { memo, type CSSProperties } from 'react';
import { BaseEdge, EdgeLabelRenderer, type Edge, type EdgeProps } from '@xyflow/react';
import type { GraphEdgeView } from '../../src/graph-model/graph-view';
import { edgeGeometry, LANE_GAP } from '../../src/graph-model/edge-path';
import { SIGNAL_STYLES } from '../../src/graph-model/palette';
import { flowSeconds, flowWidth, rateLabel, shortError, type EdgeFlow } from './edge-flow';

export type SignalEdgeData = {
  view: GraphEdgeView;
  flow?: EdgeFlow | null;
  flowing?: boolean;
  selected?: boolean;
  onSelect?: ((edgeId: string) => void) | null;
};
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
  const { view, flow = null, flowing = false, selected = false, onSelect = null } = data;
  const shift = view.lane * LANE_GAP;
  const geometry = edgeGeometry(
    { x: sourceX, y: sourceY + shift },
    { x: targetX, y: targetY + shift },
    source === target,
  );
  const dash = SIGNAL_STYLES[view.signal].dash;
  const error = flow?.error ?? null;
  const failing = error !== null;
  const rate = flow?.perSecond ?? 0;
  const moving = flowing && !failing && rate > 0;
  const classes = [
    'pg-edge',
    `pg-edge--${view.signal}`,
    view.stale && 'pg-edge--stale',
    failing && 'pg-edge--failing',
    selected && 'pg-edge--selected',
  ].filter(Boolean);
  return (
    <>
      <BaseEdge
        id={id}
        path={geometry.d}
        markerEnd={markerEnd}
        className={classes.join(' ')}
        style={{
          stroke: failing ? 'var(--pg-error)' : `var(--pg-signal-${view.signal})`,
          strokeDasharray: dash === 'none' ? undefined : dash,
          strokeWidth: flow ? flowWidth(flow.perSecond) : undefined,
        }}
      />
      {moving && (
        <path
          d={geometry.d}
          className="pg-edge-flow"
          style={{ ['--pg-flow-seconds' as string]: `${flowSeconds(rate)}s` } as CSSProperties}
          aria-hidden="true"
        />
      )}
      {/* In the SVG, not in React Flow's HTML label layer: hundreds of labels would each need a portal. */}
      <g>
        <title>{`${view.signal} via ${view.path}`}</title>
        <text
          className={`pg-edge-label pg-edge-label--${view.signal}`}
          x={geometry.label.x}
          y={geometry.label.y}
          data-testid="graph-edge-label"
          data-edge-id={view.id}
        >
          {view.signal}
        </text>
      </g>
      {flow && (
        <EdgeLabelRenderer>
          <button
            type="button"
            className={`pg-edge-rate nodrag nopan${failing ? ' pg-edge-rate--failing' : ''}`}
            style={{
              transform: `translate(-50%, 0) translate(${geometry.label.x}px, ${geometry.label.y + 9}px)`,
            }}
            data-testid="graph-edge-flow"
            data-edge-id={view.id}
            data-failing={failing || undefined}
            aria-pressed={selected}
            title={error ?? `${flow.items} ${view.signal} items so far`}
            aria-label={`${view.signal} from ${view.from} to ${view.to}: ${
              error === null ? `${rateLabel(rate)}, ${flow.items} so far` : `delivery fails, ${error}`
            }. Show samples`}
            onClick={() => onSelect?.(view.id)}
          >
            {error === null ? rateLabel(rate) : `✕ ${shortError(error)}`}
          </button>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const SignalEdge = memo(SignalEdgeLine);
