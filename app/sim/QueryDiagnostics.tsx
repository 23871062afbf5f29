/** A query's problems, each with where it is: the line and column, and the query with the spot marked. */
import type { Diagnostic } from '../../src/syntax/diagnostic';

export function QueryDiagnostics({
  query,
  diagnostics,
}: {
  query: string;
  diagnostics: readonly Diagnostic[];
}) {
  if (diagnostics.length === 0) return null;
  const lines = query.split('\n');
  return (
    <div role="alert" data-testid="sim-query-diagnostics">
      <ul className="sim-diagnostics" aria-label="Query problems">
        {diagnostics.map((diagnostic, index) => {
          const { start, end } = diagnostic.range;
          const line = lines[start.line - 1] ?? '';
          const width = Math.max(1, (end.line === start.line ? end.column : line.length + 1) - start.column);
          return (
            <li key={index} className={`sim-diagnostic sim-diagnostic--${diagnostic.severity}`}>
              <p>
                <strong>{SEVERITY[diagnostic.severity]}</strong> at line {start.line}, column {start.column}:{' '}
                {diagnostic.message}
              </p>
              <pre className="sim-diagnostic-excerpt" aria-hidden="true">
                {line}
                {'\n'}
                {' '.repeat(Math.max(0, start.column - 1))}
                {'^'.repeat(width)}
              </pre>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

const SEVERITY: Record<Diagnostic['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Note' };
