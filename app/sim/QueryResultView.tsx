/** A query's result in the form that suits it: log lines, a chart with its table, a value, traces. */
import { lazy, Suspense } from 'react';
import { elapsed } from './format';
import { LogLines } from './LogLines';
import { QueryDiagnostics } from './QueryDiagnostics';
import { SeriesTable, VectorTable } from './SeriesTable';
import type { QueryAnswer } from './simulationClient';
import { TraceList } from './TraceList';

const SeriesChart = lazy(() => import('./SeriesChart').then((module) => ({ default: module.SeriesChart })));

export function QueryResultView({ answer, query }: { answer: QueryAnswer; query: string }) {
  const { result, now } = answer;
  const failed = result.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return (
    <div
      className="sim-result-body"
      data-testid="sim-result"
      data-kind={result.kind}
      data-count={result.data.length}
    >
      <QueryDiagnostics query={query} diagnostics={result.diagnostics} />
      {!failed && (
        <p className="sim-result-summary" role="status">
          {summary(answer)} <span className="sim-muted">(data up to t = {elapsed(now)})</span>
        </p>
      )}
      {!failed && result.data.length > 0 && (
        <>
          {result.kind === 'streams' && <LogLines streams={result.data} />}
          {result.kind === 'matrix' && (
            <>
              <Suspense fallback={<p className="sim-empty">Drawing the chart…</p>}>
                <SeriesChart series={result.data} />
              </Suspense>
              <SeriesTable series={result.data} />
            </>
          )}
          {result.kind === 'vector' && <VectorTable samples={result.data} />}
          {result.kind === 'scalar' && (
            <p className="sim-scalar">
              Value: <strong>{result.data[0]?.value}</strong>
            </p>
          )}
          {result.kind === 'traces' && <TraceList traces={result.data} />}
        </>
      )}
    </div>
  );
}

function summary({ result }: QueryAnswer): string {
  const count = result.data.length;
  switch (result.kind) {
    case 'streams': {
      const lines = result.data.reduce((total, stream) => total + stream.entries.length, 0);
      return count === 0
        ? 'No log lines.'
        : `${lines} log line${lines === 1 ? '' : 's'} in ${count} stream${count === 1 ? '' : 's'}.`;
    }
    case 'matrix':
    case 'vector':
      return count === 0 ? 'No series.' : `${count} series.`;
    case 'scalar':
      return 'A scalar.';
    case 'traces':
      return count === 0 ? 'No traces.' : `${count} trace${count === 1 ? '' : 's'}.`;
  }
}
