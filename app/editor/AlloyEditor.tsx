/**
 * The Monaco editor speaking Alloy. Loaded lazily: importing this module
 * brings in Monaco itself (see loadAlloyEditor.ts).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { useLessonEditorLink } from '../lessons/useLessonEditorLink';
import { usePresentEditor } from '../present/usePresentEditor';
import { usePlayground } from '../state/store';
import type { ResolvedTheme } from '../theme/useResolvedTheme';
import { monaco } from './monacoSetup';
import { ALLOY_LANGUAGE_ID, registerAlloyLanguage } from './registerAlloyLanguage';
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
const MODEL_PATH = 'config.alloy';
const FILL = { width: '100%', height: '100%' };

/** The editor as an element, for the panel that loads this module at run time. */
export function renderAlloyEditor(theme: ResolvedTheme): ReactElement {
  return <AlloyEditor theme={theme} />;
}

function AlloyEditor({ theme }: { theme: ResolvedTheme }) {
  const [codeEditor, setCodeEditor] = useState<editor.IStandaloneCodeEditor | null>(null);
  useEditorStoreLink(monaco, codeEditor);
  useLessonEditorLink(monaco, codeEditor);
  const editorTheme = usePresentEditor(monaco, codeEditor, theme);
  useRedrawAfterThemeChange(codeEditor, theme);

  // The editor is created with the theme of the moment; later changes go through setTheme.
  const themeAtCreation = useRef(editorTheme);
  useLayoutEffect(() => {
    themeAtCreation.current = editorTheme;
    monaco.editor.setTheme(editorTheme);
  }, [editorTheme]);

  // Created straight into its visible host, in the theme it shows: Monaco
  // measures and paints it in its first frame.
  const host = useCallback((element: HTMLDivElement) => {
    registerAlloyLanguage(monaco);
    const model = monaco.editor.createModel(
      usePlayground.getState().source,
      ALLOY_LANGUAGE_ID,
      monaco.Uri.parse(MODEL_PATH),
    );
    const created = monaco.editor.create(element, {
      ...EDITOR_OPTIONS,
      model,
      theme: themeAtCreation.current,
    });
    const edits = model.onDidChangeContent(() => usePlayground.getState().setSource(model.getValue()));
    setCodeEditor(created);
    return () => {
      setCodeEditor(null);
      edits.dispose();
      created.dispose();
      model.dispose();
    };
  }, []);

  return <div ref={host} style={FILL} />;
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
