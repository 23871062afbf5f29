/**
 * Syntax and validation errors, phrased for a learner: where (line and
 * column), what kind of trouble, and Alloy's own precise words.
 */
import type { Analysis } from '../analysis';
import type { Diagnostic } from '../syntax/diagnostic';
import type { CheckProblem } from './report';

/** Diagnostics without a code come from the parser. */
const LEADS: Readonly<Record<string, string>> = {
  syntax: 'Alloy cannot read this part of the configuration',
  'unknown-component': 'Alloy does not know this component',
  'unknown-attribute': 'This attribute does not belong here',
  'unknown-block': 'This block does not belong here',
  'missing-attribute': 'This block is not complete yet',
  'missing-block': 'This block is not complete yet',
  'type-mismatch': 'This value has the wrong type',
  'invalid-value': 'This value cannot be worked out',
  'unknown-reference': 'This refers to something that does not exist',
  'unknown-export': 'This refers to something that does not exist',
  'reference-kind': 'This connects components that cannot work together',
  'duplicate-id': 'Two blocks have the same name and label',
  cycle: 'These components send data around in a circle',
};

export function learnerProblems(analysis: Analysis): CheckProblem[] {
  return analysis.diagnostics
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map((diagnostic) => ({
      message: phrase(diagnostic),
      range: diagnostic.range,
      nodeId: nodeAt(analysis, diagnostic),
    }));
}

function phrase(diagnostic: Diagnostic): string {
  const { line, column } = diagnostic.range.start;
  const lead = LEADS[diagnostic.code ?? 'syntax'] ?? 'Alloy would reject this';
  const detail = diagnostic.message.charAt(0).toUpperCase() + diagnostic.message.slice(1);
  return `Line ${line}, column ${column}: ${lead}. ${detail}${/[.?!]$/.test(detail) ? '' : '.'}`;
}

function nodeAt(analysis: Analysis, diagnostic: Diagnostic): string | null {
  const offset = diagnostic.range.start.offset;
  const node = analysis.pipeline.nodes.find(
    (candidate) =>
      candidate.kind !== 'external' &&
      candidate.range.start.offset <= offset &&
      offset < candidate.range.end.offset,
  );
  return node?.id ?? null;
}
