/**
 * One node of the graph: a card with the component's name and label, an
 * accent stripe in its ecosystem's colour, and its problems on hover or focus.
 */
import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { GraphNodeLook } from '../../src/graph-model/graph-view';
import { ecosystemAccentVariable } from '../../src/graph-model/palette';

export type PipelineNodeData = {
  look: GraphNodeLook;
  highlighted: boolean;
  /** An objective of the open lesson is unmet here. */
  failing?: boolean;
};
export type PipelineFlowNode = Node<PipelineNodeData, 'pipeline'>;

function PipelineNodeCard({ data, selected }: NodeProps<PipelineFlowNode>) {
  const { look, highlighted, failing = false } = data;
  const problems = [...look.errors, ...look.warnings];
  const classes = [
    'pg-node',
    `pg-node--${look.kind}`,
    `pg-node--${look.status}`,
    look.errors.length > 0 && 'pg-node--error',
    look.errors.length === 0 && look.warnings.length > 0 && 'pg-node--warning',
    highlighted && 'pg-node--highlighted',
    failing && 'pg-node--failing',
    selected && 'pg-node--selected',
  ].filter(Boolean);

  return (
    <div
      className={classes.join(' ')}
      style={{
        width: look.width,
        height: look.height,
        ['--pg-accent' as string]: ecosystemAccentVariable(look.ecosystem),
      }}
      data-testid="graph-node"
      data-node-id={look.id}
      data-status={look.status}
      data-highlighted={highlighted || undefined}
      data-failing={failing || undefined}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className="pg-handle" />
      <div className="pg-node__text">
        <div className="pg-node__title" data-testid="graph-node-title">
          {look.title}
        </div>
        {look.subtitle !== null && (
          <div className="pg-node__subtitle" data-testid="graph-node-subtitle">
            {look.subtitle}
          </div>
        )}
      </div>
      {problems.length > 0 && (
        <>
          <span className="pg-node__badge" aria-hidden="true">
            {look.errors.length > 0 ? '!' : '?'}
          </span>
          <div className="pg-node__tooltip" role="tooltip" data-testid="graph-node-problems">
            {look.status === 'broken' && <p>Syntax error in this block</p>}
            <ul>
              {problems.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        </>
      )}
      {look.status === 'stale' && (
        <div className="pg-node__tooltip" role="tooltip">
          <p>Shown as last parsed: a syntax error hides this block.</p>
        </div>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} className="pg-handle" />
    </div>
  );
}

/**
 * Re-render only when something visible changed: toFlowElements hands back
 * the same data while the card looks the same, wherever the node moves.
 */
function sameCard(previous: NodeProps<PipelineFlowNode>, next: NodeProps<PipelineFlowNode>): boolean {
  return previous.data === next.data && previous.selected === next.selected;
}

export const PipelineNode = memo(PipelineNodeCard, sameCard);
