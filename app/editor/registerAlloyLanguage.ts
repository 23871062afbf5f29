/**
 * Teaches Monaco the Alloy language: its tokens, its editing rules and its
 * colour themes at once, its language features just after the editor's first frame.
 */
import { alloyLanguageConfiguration } from './alloyLanguageConfiguration';
import { alloyMonarch } from './alloyMonarch';
import { ALLOY_THEME_NAME, ALLOY_TOKEN_STYLES } from './alloyThemes';
import type { Monaco } from './monacoSetup';

export const ALLOY_LANGUAGE_ID = 'alloy';

export function registerAlloyLanguage(monaco: Monaco): void {
  if (monaco.languages.getLanguages().some((language) => language.id === ALLOY_LANGUAGE_ID)) return;
  monaco.languages.register({
    id: ALLOY_LANGUAGE_ID,
    extensions: ['.alloy'],
    aliases: ['Alloy', 'Grafana Alloy'],
  });
  monaco.languages.setMonarchTokensProvider(ALLOY_LANGUAGE_ID, alloyMonarch);
  monaco.languages.setLanguageConfiguration(ALLOY_LANGUAGE_ID, alloyLanguageConfiguration);
  // Completion, hover, navigation and quick fixes read the component catalog, a large
  // module: it loads once the editor has drawn its first frame (at most 300 ms later),
  // so that its download and compilation never hold back Monaco's start.
  requestIdleCallback(
    () =>
      void Promise.all([import('./alloyLanguageFeatures'), import('./registerQuickFixes')]).then(
        ([{ registerAlloyLanguageFeatures }, { registerQuickFixes }]) => {
          registerAlloyLanguageFeatures(monaco, ALLOY_LANGUAGE_ID);
          registerQuickFixes(monaco, ALLOY_LANGUAGE_ID);
        },
      ),
    { timeout: 300 },
  );
  // Shift+Alt+F formats on every platform (Monaco binds Ctrl+Shift+I on Linux).
  monaco.editor.addKeybindingRule({
    keybinding: monaco.KeyMod.Shift | monaco.KeyMod.Alt | monaco.KeyCode.KeyF,
    command: 'editor.action.formatDocument',
    when: 'editorTextFocus && !editorReadonly',
  });
  for (const theme of ['light', 'dark'] as const) {
    monaco.editor.defineTheme(ALLOY_THEME_NAME[theme], {
      base: theme === 'dark' ? 'vs-dark' : 'vs',
      inherit: true,
      rules: Object.entries(ALLOY_TOKEN_STYLES[theme]).map(([token, style]) => ({ token, ...style })),
      colors: {},
    });
  }
}
