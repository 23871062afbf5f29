/**
 * The editor in projector mode: large type that follows the zoom, and a
 * high-contrast theme. Returns the theme name the editor should use.
 */
import { useEffect } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { ALLOY_THEME_NAME } from '../editor/alloyThemes';
import type { Monaco } from '../editor/monacoSetup';
import type { ResolvedTheme } from '../theme/useResolvedTheme';
import { PRESENT_THEME_NAME, PRESENT_TOKEN_STYLES } from './presentPalette';
import { usePresent } from './presentStore';

/** The editor's font size in projector mode at 100% zoom, in pixels. */
const PRESENT_EDITOR_FONT_SIZE = 22;

let themesDefined = false;

export function usePresentEditor(
  monaco: Monaco,
  codeEditor: editor.IStandaloneCodeEditor | null,
  theme: ResolvedTheme,
): string {
  definePresentThemes(monaco);
  const active = usePresent((state) => state.active);
  const zoom = usePresent((state) => state.zoom);

  useEffect(() => {
    if (!codeEditor || !active) return;
    const everydayFontSize = codeEditor.getOption(monaco.editor.EditorOption.fontSize);
    codeEditor.updateOptions({ fontSize: Math.round(PRESENT_EDITOR_FONT_SIZE * zoom) });
    return () => codeEditor.updateOptions({ fontSize: everydayFontSize });
  }, [monaco, codeEditor, active, zoom]);

  // Like any theme change, entering or leaving the projector's theme needs a redraw to pick up the new colours.
  useEffect(() => {
    if (!codeEditor) return;
    const redraw = requestIdleCallback(() => codeEditor.render(true), { timeout: 500 });
    return () => cancelIdleCallback(redraw);
  }, [codeEditor, active]);

  return active ? PRESENT_THEME_NAME[theme] : ALLOY_THEME_NAME[theme];
}

/** Defines the projector's themes once, before an editor may ask for them. */
function definePresentThemes(monaco: Monaco): void {
  if (themesDefined) return;
  themesDefined = true;
  for (const theme of ['light', 'dark'] as const) {
    monaco.editor.defineTheme(PRESENT_THEME_NAME[theme], {
      base: theme === 'dark' ? 'hc-black' : 'hc-light',
      inherit: true,
      rules: Object.entries(PRESENT_TOKEN_STYLES[theme]).map(([token, style]) => ({ token, ...style })),
      colors: {},
    });
  }
}
