import { useMemo } from 'react';
import { usePlayground } from '../state/store';
import type { Diagnostic, Severity } from '../../src/syntax/diagnostic';

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };
const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

const byPosition = (a: Diagnostic, b: Diagnostic) => a.range.start.offset - b.range.start.offset;

/** Every diagnostic of the source; picking one moves the editor cursor to it. */
export function ProblemsPanel() {
  const diagnostics = usePlayground((state) => state.analysis?.diagnostics);
  const goToRange = usePlayground((state) => state.goToRange);
  const sorted = useMemo(() => [...(diagnostics ?? [])].sort(byPosition), [diagnostics]);

  return (
    <section className="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading" className="problems-heading">
        Problems <span className="problems-count">{diagnostics ? sorted.length : '…'}</span>
      </h2>
      {diagnostics && sorted.length === 0 ? (
        <p className="problems-empty">No problems: the configuration is valid.</p>
      ) : (
        <ul className="problems-list">
          {sorted.map((diagnostic, index) => (
            <li key={`${diagnostic.range.start.offset}:${diagnostic.code ?? ''}:${index}`}>
              <button
                type="button"
                className={`problem problem-${diagnostic.severity}`}
                onClick={() => goToRange(diagnostic.range)}
              >
                <span className="problem-icon" aria-label={SEVERITY_LABEL[diagnostic.severity]} role="img">
                  {SEVERITY_ICON[diagnostic.severity]}
                </span>
                <span className="problem-message">{diagnostic.message}</span>
                <span className="problem-position">
                  Ln {diagnostic.range.start.line}, Col {diagnostic.range.start.column}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
