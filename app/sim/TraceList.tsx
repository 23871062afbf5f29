/** The traces a TraceQL query found, as Tempo's search lists them; each opens as a span waterfall. */
import { useEffect, useState } from 'react';
import type { Span } from '../../src/sim';
import type { TraceMatch } from '../../src/sim/query';
import { useSimulation } from '../state/simStore';
import { clockTime, spanDuration } from './format';
import { waterfall } from './waterfall';

export function TraceList({ traces }: { traces: readonly TraceMatch[] }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <table className="sim-table" data-testid="sim-trace-list">
      <caption className="sim-visually-hidden">
        Traces with matching spans, and the spans of the open trace
      </caption>
      <thead>
        <tr>
          <th scope="col">Trace</th>
          <th scope="col">Root service</th>
          <th scope="col">Root span</th>
          <th scope="col">Start</th>
          <th scope="col">Duration</th>
          <th scope="col">Matching spans</th>
        </tr>
      </thead>
      <tbody>
        {traces.map((trace) => (
          <TraceRows
            key={trace.traceId}
            trace={trace}
            open={open === trace.traceId}
            onToggle={() => setOpen(open === trace.traceId ? null : trace.traceId)}
          />
        ))}
      </tbody>
    </table>
  );
}

function TraceRows({ trace, open, onToggle }: { trace: TraceMatch; open: boolean; onToggle: () => void }) {
  return (
    <>
      <tr>
        <td>
          <button
            type="button"
            className="sim-link"
            aria-expanded={open}
            aria-label={`Spans of trace ${trace.traceId}`}
            onClick={onToggle}
          >
            <code>{trace.traceId.slice(0, 12)}…</code>
          </button>
        </td>
        <td>{trace.rootServiceName ?? <span className="sim-muted">root not yet arrived</span>}</td>
        <td>{trace.rootSpanName ?? '–'}</td>
        <td className="sim-time">{clockTime(trace.startMs)}</td>
        <td>{spanDuration(trace.durationMs * 1e6)}</td>
        <td>{trace.matchedCount}</td>
      </tr>
      {open && (
        <tr>
          <td colSpan={6}>
            <Waterfall traceId={trace.traceId} />
          </td>
        </tr>
      )}
    </>
  );
}

function Waterfall({ traceId }: { traceId: string }) {
  const client = useSimulation((state) => state.client);
  const [spans, setSpans] = useState<Span[] | null>(null);
  useEffect(() => {
    if (!client) return;
    let wanted = true;
    client.trace(traceId).then(
      (found) => wanted && setSpans(found),
      () => wanted && setSpans([]),
    );
    return () => {
      wanted = false;
    };
  }, [client, traceId]);
  if (spans === null) return <p className="sim-empty">Fetching the trace…</p>;
  if (spans.length === 0) return <p className="sim-empty">Tempo no longer holds this trace.</p>;
  return (
    <table className="sim-table sim-waterfall" data-testid="sim-waterfall">
      <caption className="sim-visually-hidden">Spans of trace {traceId}, parents before children</caption>
      <thead>
        <tr>
          <th scope="col">Span</th>
          <th scope="col">Service</th>
          <th scope="col">Duration</th>
          <th scope="col" aria-hidden="true" className="sim-waterfall-timeline">
            Time line
          </th>
        </tr>
      </thead>
      <tbody>
        {waterfall(spans).map(({ span, depth, offset, width }) => (
          <tr
            key={span.spanId}
            className={span.status === 'STATUS_CODE_ERROR' ? 'sim-span--error' : undefined}
          >
            <td style={{ paddingLeft: `${0.4 + depth * 1}rem` }}>
              {span.name}
              {span.status === 'STATUS_CODE_ERROR' && (
                <span className="sim-badge sim-badge--failed">error</span>
              )}
            </td>
            <td>{String(span.resource['service.name'] ?? '–')}</td>
            <td>{spanDuration(span.durationNanos)}</td>
            <td aria-hidden="true" className="sim-waterfall-timeline">
              <span
                className="sim-waterfall-bar"
                style={{ marginLeft: `${offset * 100}%`, width: `${Math.max(0.5, width * 100)}%` }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
