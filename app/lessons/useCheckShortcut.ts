/**
 * Ctrl+Enter (Cmd+Enter on a Mac) checks the open lesson from anywhere on
 * the page, the editor included: the listener runs before Monaco's own.
 */
import { useEffect } from 'react';
import { useLessons } from '../state/lessonStore';

export function useCheckShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey)
        return;
      // Inside a dialog (the solution's diff editor) the keys keep their meaning there.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      if (useLessons.getState().place.lessonId === null) return;
      event.preventDefault();
      event.stopPropagation();
      useLessons.getState().check();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
