import { lazy, Suspense, useEffect } from 'react';
import { useLiveAnalysis } from './analysis/useLiveAnalysis';
import { LessonsLayout } from './lessons/LessonsLayout';
import { EditorPanel } from './layout/EditorPanel';
import { SplitPane } from './layout/SplitPane';
import { useEditorStarted } from './layout/useEditorStarted';
import { usePreferences } from './state/preferences';
import { useResolvedTheme } from './theme/useResolvedTheme';
import { Toolbar } from './toolbar/Toolbar';

// The graph waits for the editor (see useEditorStarted), and so does its code.
const GraphPanel = lazy(() =>
  import('./layout/GraphPanel').then((module) => ({ default: module.GraphPanel })),
);
const GRAPH_PLACEHOLDER = (
  <div className="graph-panel">
    <p className="panel-placeholder">Drawing the pipeline…</p>
  </div>
);

export function App() {
  // Monaco starts alone; the analysis and the graph follow once it is up.
  const editorStarted = useEditorStarted();
  useLiveAnalysis(editorStarted);
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
            end={
              editorStarted ? (
                <Suspense fallback={GRAPH_PLACEHOLDER}>
                  <GraphPanel theme={theme} />
                </Suspense>
              ) : (
                GRAPH_PLACEHOLDER
              )
            }
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
