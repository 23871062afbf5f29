/**
 * One node of the graph: a card with the component's name and label, an
 * accent stripe in its ecosystem's colour, and its problems on hover or focus.
 */
import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { GraphNodeView } from '../../src/graph-model/graph-view';
import { ecosystemAccentVariable } from '../../src/graph-model/palette';

export type PipelineNodeData = {
  view: GraphNodeView;
  highlighted: boolean;
  /** An objective of the open lesson is unmet here. */
  failing?: boolean;
};
export type PipelineFlowNode = Node<PipelineNodeData, 'pipeline'>;

function PipelineNodeCard({ data, selected }: NodeProps<PipelineFlowNode>) {
  const { view, highlighted, failing = false } = data;
  const problems = [...view.errors, ...view.warnings];
  const classes = [
    'pg-node',
    `pg-node--${view.kind}`,
    `pg-node--${view.status}`,
    view.errors.length > 0 && 'pg-node--error',
    view.errors.length === 0 && view.warnings.length > 0 && 'pg-node--warning',
    highlighted && 'pg-node--highlighted',
    failing && 'pg-node--failing',
    selected && 'pg-node--selected',
  ].filter(Boolean);

  return (
    <div
      className={classes.join(' ')}
      style={{
        width: view.width,
        height: view.height,
        ['--pg-accent' as string]: ecosystemAccentVariable(view.ecosystem),
      }}
      data-testid="graph-node"
      data-node-id={view.id}
      data-status={view.status}
      data-highlighted={highlighted || undefined}
      data-failing={failing || undefined}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className="pg-handle" />
      <div className="pg-node__text">
        <div className="pg-node__title" data-testid="graph-node-title">
          {view.title}
        </div>
        {view.subtitle !== null && (
          <div className="pg-node__subtitle" data-testid="graph-node-subtitle">
            {view.subtitle}
          </div>
        )}
      </div>
      {problems.length > 0 && (
        <>
          <span className="pg-node__badge" aria-hidden="true">
            {view.errors.length > 0 ? '!' : '?'}
          </span>
          <div className="pg-node__tooltip" role="tooltip" data-testid="graph-node-problems">
            {view.status === 'broken' && <p>Syntax error in this block</p>}
            <ul>
              {problems.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        </>
      )}
      {view.status === 'stale' && (
        <div className="pg-node__tooltip" role="tooltip">
          <p>Shown as last parsed: a syntax error hides this block.</p>
        </div>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} className="pg-handle" />
    </div>
  );
}

/** Re-render only when something visible changed: moving a block in the source shifts its range, nothing else. */
function sameLook(previous: NodeProps<PipelineFlowNode>, next: NodeProps<PipelineFlowNode>): boolean {
  const a = previous.data;
  const b = next.data;
  return (
    previous.selected === next.selected &&
    a.highlighted === b.highlighted &&
    a.failing === b.failing &&
    a.view.title === b.view.title &&
    a.view.subtitle === b.view.subtitle &&
    a.view.kind === b.view.kind &&
    a.view.ecosystem === b.view.ecosystem &&
    a.view.direction === b.view.direction &&
    a.view.status === b.view.status &&
    a.view.width === b.view.width &&
    a.view.height === b.view.height &&
    a.view.errors.join('\n') === b.view.errors.join('\n') &&
    a.view.warnings.join('\n') === b.view.warnings.join('\n')
  );
}

export const PipelineNode = memo(PipelineNodeCard, sameLook);
