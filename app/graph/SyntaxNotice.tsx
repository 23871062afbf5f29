/**
 * A one-line note while the file has syntax errors, so the learner knows that
 * parts of the graph may show the last version that parsed.
 */
import { useMemo } from 'react';
import { isSyntaxError } from '../../src/graph-model/merge-last-good';
import type { Diagnostic } from '../../src/syntax/diagnostic';

export function SyntaxNotice({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const errors = useMemo(() => diagnostics.filter(isSyntaxError), [diagnostics]);
  const first = errors[0];
  return (
    <p className="pg-notice" role="status" data-testid="graph-syntax-notice">
      {first !== undefined && (
        <>
          Syntax error on line {first.range.start.line}
          {errors.length > 1 && ` (and ${errors.length - 1} more)`}: parts it hides are shown as last parsed.
        </>
      )}
    </p>
  );
}
