/**
 * The Monaco editor speaking Alloy. Loaded lazily: importing this module
 * brings in Monaco itself.
 */
import { useEffect, useState } from 'react';
import Editor from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { useLessonEditorLink } from '../lessons/useLessonEditorLink';
import { usePresentEditor } from '../present/usePresentEditor';
import { usePlayground } from '../state/store';
import type { ResolvedTheme } from '../theme/useResolvedTheme';
import { monaco } from './monacoSetup';
import { ALLOY_LANGUAGE_ID, registerAlloyLanguage } from './registerAlloyLanguage';
import { SourcePreview } from './SourcePreview';
import { useEditorStoreLink } from './useEditorStoreLink';

const EDITOR_OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  ariaLabel: 'Alloy configuration editor',
  // Monaco's newer EditContext input drops typed spaces in the Chromium the
  // tests drive; the hidden textarea is the long-proven input path.
  editContext: false,
  automaticLayout: true,
  fixedOverflowWidgets: true,
  fontSize: 14,
  // The formatter indents with tabs, as `alloy fmt` does.
  insertSpaces: false,
  tabSize: 4,
  detectIndentation: false,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  // Linux's default dims the last line number below a legible contrast; draw it as the others.
  renderFinalNewline: 'on',
  renderWhitespace: 'selection',
  // Only the language's own suggestions: no words picked from the text.
  wordBasedSuggestions: 'off',
  quickSuggestions: { other: true, strings: true, comments: false },
  suggest: { showWords: false },
};

export default function AlloyEditor({ theme }: { theme: ResolvedTheme }) {
  const [initialSource] = useState(() => usePlayground.getState().source);
  const setSource = usePlayground((state) => state.setSource);
  const [codeEditor, setCodeEditor] = useState<editor.IStandaloneCodeEditor | null>(null);
  useEditorStoreLink(monaco, codeEditor);
  useLessonEditorLink(monaco, codeEditor);
  const editorTheme = usePresentEditor(monaco, codeEditor, theme);
  useRedrawAfterThemeChange(codeEditor, theme);

  return (
    <Editor
      defaultValue={initialSource}
      defaultLanguage={ALLOY_LANGUAGE_ID}
      path="config.alloy"
      theme={editorTheme}
      beforeMount={registerAlloyLanguage}
      onMount={setCodeEditor}
      onChange={(value) => setSource(value ?? '')}
      loading={<SourcePreview />}
      options={EDITOR_OPTIONS}
    />
  );
}

/**
 * A new theme makes Monaco re-tokenize the text in the background; now and
 * then the view misses the result and keeps the text uncoloured until the
 * next scroll. Redrawing once the page is idle again picks the tokens up.
 */
function useRedrawAfterThemeChange(
  codeEditor: editor.IStandaloneCodeEditor | null,
  theme: ResolvedTheme,
): void {
  useEffect(() => {
    if (!codeEditor) return;
    const redraw = requestIdleCallback(() => codeEditor.render(true), { timeout: 500 });
    return () => cancelIdleCallback(redraw);
  }, [codeEditor, theme]);
}
