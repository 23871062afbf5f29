/**
 * The diagnostics semantic analysis reports: their stable codes and a small
 * constructor. A diagnostic may carry a suggested replacement ("did you
 * mean"), which the editor can offer as a quick fix; the suggestion is also
 * spelled out in the message.
 *
 * While analysing, a diagnostic is a finding located by a span of the tree,
 * like everything else there; `analyze` places it at lines and columns once,
 * on the way out.
 */
import type { Diagnostic, Range, Severity } from '../syntax/diagnostic';
import type { LineIndex } from '../syntax/line-index';
import type { Span } from '../syntax/span';

export const CODES = {
  /** A component name the catalog does not know (and no `declare`/`import` defines). */
  unknownComponent: 'unknown-component',
  /** An attribute at the top level of the file. */
  topLevelAttribute: 'top-level-attribute',
  /** A configuration block in a place where it is not allowed (`logging` inside `declare`, `argument` at the top level). */
  misplacedBlock: 'misplaced-block',
  /** A service that cannot be configured (`cluster`, `ui`, …). */
  unconfigurableService: 'unconfigurable-service',
  unknownAttribute: 'unknown-attribute',
  unknownBlock: 'unknown-block',
  /** A block name used as an attribute, or the other way round. */
  attributeBlockMismatch: 'attribute-block-mismatch',
  missingAttribute: 'missing-attribute',
  missingBlock: 'missing-block',
  duplicateAttribute: 'duplicate-attribute',
  duplicateBlock: 'duplicate-block',
  /** A required label is missing. */
  missingLabel: 'missing-label',
  /** A label on a block that takes none. */
  unexpectedLabel: 'unexpected-label',
  /** Two blocks with the same id (name and label). */
  duplicateId: 'duplicate-id',
  /** A value of the wrong type, known while editing. */
  typeMismatch: 'type-mismatch',
  /** A value that fails to evaluate (`1 + "a"`, a bad function call). */
  invalidValue: 'invalid-value',
  /** A reference to a component that is not declared (or not in scope). */
  unknownReference: 'unknown-reference',
  /** A reference to an export the component does not have. */
  unknownExport: 'unknown-export',
  /** A reference of the wrong kind or signal (a metrics receiver in a Loki `forward_to`). */
  referenceKind: 'reference-kind',
  /** A component that references itself. */
  selfReference: 'self-reference',
  cycle: 'cycle',
  /** A component whose output goes nowhere. */
  outputUnused: 'output-unused',
  /** A component nothing sends data to. */
  inputUnused: 'input-unused',
  /** A component named like a standard-library namespace hides it. */
  shadowedStdlib: 'shadowed-stdlib',
  deprecatedStdlib: 'deprecated-stdlib',
} as const;

export type AnalysisCode = (typeof CODES)[keyof typeof CODES];

/** A replacement the editor can apply: `text` in place of `range`. */
export type Suggestion = { text: string; range: Range };

export type AnalysisDiagnostic = Diagnostic & { code: string; suggestion?: Suggestion };

/** A suggestion as analysis finds it: located by a span of the tree. */
type FoundSuggestion = { text: string; range: Span };

/** A diagnostic as analysis finds it: located by spans of the tree. */
export type Finding = {
  severity: Severity;
  code: string;
  message: string;
  range: Span;
  suggestion?: FoundSuggestion;
};

export function finding(
  severity: Severity,
  code: AnalysisCode,
  message: string,
  range: Span,
  suggestion?: FoundSuggestion,
): Finding {
  if (!suggestion) return { severity, code, message, range };
  // A suggested string literal is shown as written; anything else is quoted.
  const shown = suggestion.text.startsWith('"') ? suggestion.text : `"${suggestion.text}"`;
  return { severity, code, message: `${message}; did you mean ${shown}?`, range, suggestion };
}

/** A finding placed at lines and columns, as analysis reports it. */
export function toDiagnostic(found: Finding, lines: LineIndex): AnalysisDiagnostic {
  const { severity, code, message, range, suggestion } = found;
  const placed: AnalysisDiagnostic = { severity, code, message, range: lines.range(range) };
  if (suggestion) placed.suggestion = { text: suggestion.text, range: lines.range(suggestion.range) };
  return placed;
}

/** Words joined for a message: `logs`, `logs and traces`, `logs, metrics and traces`. */
export function listWords(words: readonly string[], whenEmpty: string): string {
  if (words.length <= 1) return words[0] ?? whenEmpty;
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
