/**
 * Whether the editor has started and the page has been idle once since.
 * The graph and the analysis wait for it: their scripts, their rendering and
 * their workers would otherwise compete with Monaco's start-up for the CPU.
 * A slow editor (a slow connection) keeps them waiting a few seconds at most.
 */
import { useEffect, useState } from 'react';
import { usePlayground } from '../state/store';

/** The longest the graph waits for an idle moment once the editor is up. */
const IDLE_TIMEOUT_MS = 500;
/** The longest the graph waits for the editor. */
const EDITOR_TIMEOUT_MS = 3000;

export function useEditorStarted(): boolean {
  const editorMounted = usePlayground((state) => state.editorCommands !== null);
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (started) return;
    const start = () => setStarted(true);
    const timer = setTimeout(start, EDITOR_TIMEOUT_MS);
    const idle = editorMounted ? requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS }) : null;
    return () => {
      clearTimeout(timer);
      if (idle !== null) cancelIdleCallback(idle);
    };
  }, [editorMounted, started]);
  return started;
}
