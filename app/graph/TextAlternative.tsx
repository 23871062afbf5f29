/**
 * The graph as lists: every component and every connection in words. Always
 * available to screen readers; shown on screen when the learner asks for it.
 * Long lists follow the graph a moment later, so that they never hold it up.
 */
import { useDeferredValue, useMemo } from 'react';
import { describeGraph } from '../../src/graph-model/describe';
import type { GraphView } from '../../src/graph-model/graph-view';

export function TextAlternative({
  id,
  view,
  visible,
}: {
  id: string;
  view: GraphView | null;
  visible: boolean;
}) {
  const shownView = useDeferredValue(view);
  const text = useMemo(() => (shownView === null ? null : describeGraph(shownView)), [shownView]);
  return (
    <section
      id={id}
      className={visible ? 'pg-text pg-text--visible' : 'pg-text'}
      aria-label="Pipeline as text"
      data-testid="graph-text-alternative"
    >
      <h3>Components ({text?.components.length ?? 0})</h3>
      <ul data-testid="graph-text-components">
        {text?.components.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
      <h3>Connections ({text?.connections.length ?? 0})</h3>
      <ul data-testid="graph-text-connections">
        {text?.connections.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
    </section>
  );
}
