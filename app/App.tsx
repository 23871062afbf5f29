import { useEffect } from 'react';
import { useLiveAnalysis } from './analysis/useLiveAnalysis';
import { LessonsLayout } from './lessons/LessonsLayout';
import { EditorPanel } from './layout/EditorPanel';
import { GraphPanel } from './layout/GraphPanel';
import { SplitPane } from './layout/SplitPane';
import { usePreferences } from './state/preferences';
import { useResolvedTheme } from './theme/useResolvedTheme';
import { Toolbar } from './toolbar/Toolbar';

export function App() {
  useLiveAnalysis();
  const theme = useResolvedTheme();
  const editorShare = usePreferences((state) => state.editorShare);
  const setEditorShare = usePreferences((state) => state.setEditorShare);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);

  return (
    <div className="app">
      <Toolbar />
      <main className="app-main">
        <LessonsLayout>
          <SplitPane
            start={<EditorPanel theme={theme} />}
            end={<GraphPanel theme={theme} />}
            share={editorShare}
            onShareChange={setEditorShare}
            label="Resize editor and graph"
            startId="editor-panel"
          />
        </LessonsLayout>
      </main>
    </div>
  );
}
