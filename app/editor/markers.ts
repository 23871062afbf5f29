/** Diagnostics as Monaco markers: both count lines and UTF-16 columns from 1. */
import type { editor } from 'monaco-editor/editor/editor.api';
import type { Diagnostic, Range, Severity } from '../../src/syntax/diagnostic';
import type { Monaco } from './monacoSetup';

export const MARKER_OWNER = 'alloy';

export function toMonacoRange(monaco: Monaco, range: Range) {
  return new monaco.Range(range.start.line, range.start.column, range.end.line, range.end.column);
}

export function toMarkerData(monaco: Monaco, diagnostic: Diagnostic): editor.IMarkerData {
  const severity: Record<Severity, number> = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
  };
  return {
    severity: severity[diagnostic.severity],
    message: diagnostic.message,
    source: 'alloy',
    ...(diagnostic.code ? { code: diagnostic.code } : {}),
    startLineNumber: diagnostic.range.start.line,
    startColumn: diagnostic.range.start.column,
    endLineNumber: diagnostic.range.end.line,
    endColumn: diagnostic.range.end.column,
  };
}
