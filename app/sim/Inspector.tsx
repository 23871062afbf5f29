/**
 * What the simulation saw at the selected component or wire: its counts,
 * its errors, and its latest items — for a component that transforms data,
 * what it received beside what it sent, with the labels it added, dropped
 * or changed marked.
 */
import type { ComponentActivity, Sample } from '../../src/sim';
import { rateLabel } from '../graph/edge-flow';
import { useSimulation } from '../state/simStore';
import type { EdgeView, LiveView } from './protocol';
import { SampleList, SamplePairs } from './SampleViews';

export function Inspector() {
  const inspected = useSimulation((state) => state.inspected);
  const view = useSimulation((state) => state.view);
  if (view === null) return <p className="sim-empty">Starting the simulation…</p>;
  if (inspected === null)
    return (
      <p className="sim-empty">
        Click a component, or the rate on a wire, to see the latest data that went through it.
      </p>
    );
  if (inspected.kind === 'edge') return <EdgeInspector id={inspected.id} view={view} />;
  const component = view.components.find((each) => each.id === inspected.id);
  if (component) return <ComponentInspector component={component} />;
  const wires = view.edges.filter((edge) => edge.from === inspected.id || edge.to === inspected.id);
  return (
    <div className="sim-inspector" data-testid="sim-inspector">
      <h3 className="sim-heading">{inspected.id}</h3>
      {wires.length === 0 ? (
        <p className="sim-empty">The simulation has no data for this block.</p>
      ) : (
        wires.map((edge) => <EdgeSummary key={edge.id} edge={edge} />)
      )}
    </div>
  );
}

function ComponentInspector({ component }: { component: ComponentActivity }) {
  const { lastReceived: received, lastSent: sent } = component;
  const transforms = received.length > 0 && sent.length > 0 && sameSignal(received, sent);
  return (
    <div className="sim-inspector" data-testid="sim-inspector" data-component-id={component.id}>
      <h3 className="sim-heading">
        {component.id} <StatusBadge status={component.status} />
      </h3>
      {component.reason && <p className="sim-reason">{component.reason}</p>}
      <dl className="sim-counts">
        <Count term="Received" value={component.received} />
        <Count term="Sent on" value={component.sent} />
        <Count term="Dropped" value={component.dropped} />
        <Count term="Delivered" value={component.delivered} />
        <Count term="Lost" value={component.lost} />
      </dl>
      {Object.keys(component.dropReasons).length > 0 && (
        <p className="sim-reason">
          Dropped because:{' '}
          {Object.entries(component.dropReasons)
            .map(([reason, count]) => `${reason} (${count})`)
            .join(', ')}
        </p>
      )}
      {transforms ? (
        <SamplePairs received={received} sent={sent} />
      ) : (
        <>
          {received.length > 0 && <SampleList title="Last received" samples={received} />}
          {sent.length > 0 && <SampleList title="Last sent" samples={sent} />}
          {received.length === 0 && sent.length === 0 && (
            <p className="sim-empty">Nothing has gone through this component yet.</p>
          )}
        </>
      )}
    </div>
  );
}

function EdgeInspector({ id, view }: { id: string; view: LiveView }) {
  const edge = view.edges.find((each) => each.id === id);
  if (!edge)
    return (
      <div className="sim-inspector" data-testid="sim-inspector">
        <p className="sim-empty">Nothing has gone along this wire yet.</p>
      </div>
    );
  const samples = edgeSamples(edge, view.components);
  return (
    <div className="sim-inspector" data-testid="sim-inspector" data-edge-id={edge.id}>
      <EdgeSummary edge={edge} />
      {samples.length > 0 ? (
        <SampleList title="Last items on this wire" samples={samples} />
      ) : (
        <p className="sim-empty">No items to show for this wire.</p>
      )}
    </div>
  );
}

function EdgeSummary({ edge }: { edge: EdgeView }) {
  return (
    <>
      <h3 className="sim-heading">
        {edge.signal || 'data'} from {edge.from} to {edge.to}
      </h3>
      {edge.error && (
        <p className="sim-error" data-testid="sim-edge-error">
          Delivery fails: {edge.error}
        </p>
      )}
      <dl className="sim-counts">
        <Count term="Rate" value={rateLabel(edge.perSecond)} />
        <Count term="Items" value={edge.items} />
        <Count term="Batches" value={edge.batches} />
        {edge.lost > 0 && <Count term="Lost" value={edge.lost} />}
      </dl>
    </>
  );
}

/**
 * The items of a wire: what its sender sent — or, for a wire leaving Alloy,
 * what the writer received to send; for a wire entering Alloy, what the
 * receiver received.
 */
function edgeSamples(edge: EdgeView, components: readonly ComponentActivity[]): Sample[] {
  const sender = components.find((component) => component.id === edge.from);
  if (sender) return edge.to.startsWith('external:') ? sender.lastReceived : sender.lastSent;
  return components.find((component) => component.id === edge.to)?.lastReceived ?? [];
}

function sameSignal(received: readonly Sample[], sent: readonly Sample[]): boolean {
  return received.some((sample) => sent.some((other) => other.signal === sample.signal));
}

function Count({ term, value }: { term: string; value: number | string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{typeof value === 'number' ? value.toLocaleString('en') : value}</dd>
    </div>
  );
}

function StatusBadge({ status }: { status: ComponentActivity['status'] }) {
  const text = status === 'running' ? 'running' : status === 'failed' ? 'failed' : 'not simulated';
  return <span className={`sim-badge sim-badge--${status}`}>{text}</span>;
}
