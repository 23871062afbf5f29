import { PlaygroundActions } from '../playground/PlaygroundActions';
import { PresentMode } from '../present/PresentMode';
import { usePlayground } from '../state/store';
import { ThemeToggle } from '../theme/ThemeToggle';

export function Toolbar() {
  const editorCommands = usePlayground((state) => state.editorCommands);
  return (
    <header className="toolbar">
      <h1 className="toolbar-title">Alloy Workshop Playground</h1>
      <div className="toolbar-actions">
        <button
          type="button"
          className="toolbar-button"
          disabled={!editorCommands}
          onClick={() => editorCommands?.formatDocument()}
          aria-keyshortcuts="Shift+Alt+F"
          title="Format the configuration (Shift+Alt+F)"
        >
          Format
        </button>
        <ThemeToggle />
        <PlaygroundActions />
        <PresentMode />
      </div>
    </header>
  );
}
