/**
 * Connects a mounted editor to the lessons: it can switch documents when a
 * lesson opens, insert a snippet from the lesson text at the cursor, and
 * marks where a shown check report finds an objective unmet.
 */
import { useEffect } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import type { CheckReport } from '../../src/check';
import type { Monaco } from '../editor/monacoSetup';
import { useLessons } from '../state/lessonStore';
import { usePlayground } from '../state/store';

export function useLessonEditorLink(monaco: Monaco, codeEditor: editor.IStandaloneCodeEditor | null): void {
  useEffect(() => {
    const model = codeEditor?.getModel();
    if (!codeEditor || !model) return;

    // A lesson may have opened while Monaco was loading.
    const source = usePlayground.getState().source;
    if (model.getValue() !== source) model.setValue(source);

    useLessons.getState().setEditorLink({
      replaceDocument: (text) => {
        if (model.getValue() !== text) model.setValue(text);
      },
      insertAtCursor: (text) => {
        const selection = codeEditor.getSelection() ?? new monaco.Selection(1, 1, 1, 1);
        codeEditor.pushUndoStop();
        codeEditor.executeEdits('lesson', [{ range: selection, text, forceMoveMarkers: true }]);
        codeEditor.pushUndoStop();
        codeEditor.focus();
      },
    });

    const failures = codeEditor.createDecorationsCollection();
    const showFailures = () => {
      const { report, reportShown } = useLessons.getState();
      failures.set(reportShown && report ? failureDecorations(monaco, report) : []);
    };
    showFailures();
    const unsubscribe = useLessons.subscribe((state, previous) => {
      if (state.report !== previous.report || state.reportShown !== previous.reportShown) showFailures();
    });

    return () => {
      unsubscribe();
      failures.clear();
      useLessons.getState().setEditorLink(null);
    };
  }, [monaco, codeEditor]);
}

function failureDecorations(monaco: Monaco, report: CheckReport): editor.IModelDeltaDecoration[] {
  return report.objectives.flatMap((result) => {
    if (result.passed || !result.range) return [];
    const { start, end } = result.range;
    return [
      {
        range: new monaco.Range(start.line, start.column, end.line, end.column),
        options: {
          className: 'lesson-failure',
          linesDecorationsClassName: 'lesson-failure-gutter',
          hoverMessage: { value: result.message },
          overviewRuler: { color: '#cf222e', position: monaco.editor.OverviewRulerLane.Right },
          stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
        },
      },
    ];
  });
}
