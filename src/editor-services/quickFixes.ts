/**
 * Quick fixes: the replacements the analysis suggests for its diagnostics
 * ("did you mean …?"), for the diagnostics that touch a span.
 */
import type { AnalysisDiagnostic, Suggestion } from '../analysis';
import type { Diagnostic, Range } from '../syntax/diagnostic';
import type { Span } from '../syntax/span';
import type { TextEdit } from './rename';

export type QuickFix = { title: string; diagnostic: Diagnostic; edit: TextEdit };

/** The offsets of a diagnostic's range: the editor works in offsets. */
const offsetsOf = (range: Range): Span => ({ start: range.start.offset, end: range.end.offset });

function suggestionOf(diagnostic: Diagnostic): Suggestion | null {
  return (diagnostic as Partial<AnalysisDiagnostic>).suggestion ?? null;
}

export function quickFixes(diagnostics: readonly Diagnostic[], span: Span): QuickFix[] {
  const fixes: QuickFix[] = [];
  for (const diagnostic of diagnostics) {
    const suggestion = suggestionOf(diagnostic);
    const { start, end } = offsetsOf(diagnostic.range);
    if (!suggestion || end < span.start || start > span.end) continue;
    fixes.push({
      title: `Change to ${suggestion.text.startsWith('"') ? suggestion.text : `"${suggestion.text}"`}`,
      diagnostic,
      edit: { span: offsetsOf(suggestion.range), text: suggestion.text },
    });
  }
  return fixes;
}
