/**
 * The solution next to the learner's configuration in Monaco's diff editor.
 * The solution side stays editable, so single changes can be taken back
 * before applying. Loaded lazily: it brings Monaco.
 */
import { DiffEditor } from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { ALLOY_THEME_NAME } from '../editor/alloyThemes';
import { ALLOY_LANGUAGE_ID, registerAlloyLanguage } from '../editor/registerAlloyLanguage';
import '../editor/monacoSetup';
import type { ResolvedTheme } from '../theme/useResolvedTheme';

const OPTIONS: editor.IDiffEditorConstructionOptions = {
  automaticLayout: true,
  fontSize: 13,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  originalEditable: false,
  renderSideBySide: true,
  useInlineViewWhenSpaceIsLimited: true,
  ariaLabel: 'Your configuration and the solution',
};

type SolutionDiffProps = {
  original: string;
  solution: string;
  theme: ResolvedTheme;
  /** Receives a reader of the solution side as the learner may have changed it. */
  onReady(readSolution: () => string): void;
};

export default function SolutionDiff({ original, solution, theme, onReady }: SolutionDiffProps) {
  return (
    <DiffEditor
      original={original}
      modified={solution}
      language={ALLOY_LANGUAGE_ID}
      theme={ALLOY_THEME_NAME[theme]}
      beforeMount={registerAlloyLanguage}
      // The models outlive the diff editor and go after it: disposed before it, Monaco reports an error.
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      onMount={(diffEditor) => {
        const models = diffEditor.getModel();
        diffEditor.onDidDispose(() => {
          models?.original.dispose();
          models?.modified.dispose();
        });
        onReady(() => diffEditor.getModifiedEditor().getValue());
      }}
      options={OPTIONS}
      loading={<p className="panel-placeholder">Loading the comparison…</p>}
    />
  );
}
